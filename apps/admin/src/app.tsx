import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { ErrorNotice, Loading } from './components/status.tsx';
import { UN_LANGUAGES, useLanguage, type UnLanguageCode } from './language.tsx';
import { humanise } from './lib/format.ts';
import { Link, matchPath, useLocation } from './router.tsx';
import { AccessScreen } from './screens/access.tsx';
import { ApplyToObserveScreen } from './screens/apply-to-observe.tsx';
import { AuditTrailScreen } from './screens/audit-trail.tsx';
import { ComplianceScreen } from './screens/compliance.tsx';
import { ContributionsScreen } from './screens/contributions.tsx';
import { DashboardScreen } from './screens/dashboard.tsx';
import { EditMeetingScreen } from './screens/edit-meeting.tsx';
import { MeetingDetailScreen } from './screens/meeting-detail.tsx';
import { MeetingsScreen } from './screens/meetings.tsx';
import { NewMeetingScreen } from './screens/new-meeting.tsx';
import { ObserverApplicationsScreen } from './screens/observer-applications.tsx';
import { ScalesScreen } from './screens/scales.tsx';
import { SignInScreen } from './screens/sign-in.tsx';
import { StateDetailScreen } from './screens/state-detail.tsx';
import { StatesScreen } from './screens/states.tsx';
import { isSecretariat, useCurrentUser, useSession, type CurrentUser } from './session.tsx';

interface Route {
  pattern: string;
  render: (params: Record<string, string>) => ReactNode;
}

const ROUTES: readonly Route[] = [
  { pattern: '/', render: () => <DashboardScreen /> },
  { pattern: '/meetings', render: () => <MeetingsScreen /> },
  { pattern: '/meetings/new', render: () => <NewMeetingScreen /> },
  { pattern: '/meetings/:id', render: ({ id = '' }) => <MeetingDetailScreen id={id} /> },
  { pattern: '/meetings/:id/edit', render: ({ id = '' }) => <EditMeetingScreen id={id} /> },
  {
    pattern: '/meetings/:id/observer-applications',
    render: ({ id = '' }) => <ObserverApplicationsScreen meetingId={id} />,
  },
  { pattern: '/states', render: () => <StatesScreen /> },
  { pattern: '/states/:iso3', render: ({ iso3 = '' }) => <StateDetailScreen iso3={iso3} /> },
  { pattern: '/compliance', render: () => <ComplianceScreen /> },
  { pattern: '/contributions', render: () => <ContributionsScreen /> },
  { pattern: '/scales', render: () => <ScalesScreen /> },
  { pattern: '/access', render: () => <AccessScreen /> },
  { pattern: '/audit', render: () => <AuditTrailScreen /> },
];

function navigationFor(user: CurrentUser): { to: string; label: string }[] {
  return [
    { to: '/', label: 'Dashboard' },
    { to: '/meetings', label: 'Meetings' },
    { to: '/states', label: 'States' },
    { to: '/compliance', label: 'Reporting compliance' },
    { to: '/contributions', label: 'Contributions' },
    ...(isSecretariat(user)
      ? [
          { to: '/scales', label: 'Scales of assessment' },
          { to: '/audit', label: 'Audit trail' },
        ]
      : []),
    ...(user.role === 'ADMIN' ? [{ to: '/access', label: 'Users and API keys' }] : []),
  ];
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Go to the dashboard</Link>.
      </p>
    </>
  );
}

function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  return (
    <div className="language-switch">
      <label htmlFor="state-name-language">State names in</label>
      <select
        id="state-name-language"
        value={language}
        onChange={(event) => setLanguage(event.target.value as UnLanguageCode)}
      >
        {UN_LANGUAGES.map((option) => (
          <option key={option.code} value={option.code} lang={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Shell({ user }: { user: CurrentUser }) {
  const { path } = useLocation();
  const { signOut } = useSession();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After navigating, focus moves to the new screen so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);

  const match = ROUTES.map((route) => ({ route, params: matchPath(route.pattern, path) })).find(
    (candidate) => candidate.params !== null,
  );
  const navigation = navigationFor(user);
  const current = (to: string) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to="/" className="brand">
          Plenary
        </Link>
        <LanguageSwitch />
        <div className="current-user" aria-label="Signed in as">
          <span className="user-name">{user.name}</span>
          <span className="role-badge" data-role={user.role}>
            {humanise(user.role)}
            {user.state ? ` · ${user.state.iso3}` : ''}
          </span>
        </div>
        <button type="button" className="button-secondary" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <nav className="side-nav" aria-label="Main">
        <ul>
          {navigation.map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={current(item.to) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary resetKey={path}>{match?.params ? match.route.render(match.params) : <NotFound />}</ErrorBoundary>
      </main>
    </div>
  );
}

// Reachable without signing in: an organisation applies to observe a meeting (rule 1.3).
const PUBLIC_APPLICATION = '/apply/:code';

export function App() {
  const { path } = useLocation();
  const publicApplication = matchPath(PUBLIC_APPLICATION, path);
  return publicApplication ? <ApplyToObserveScreen code={publicApplication.code ?? ''} /> : <SignedInApp />;
}

function SignedInApp() {
  const { token } = useSession();
  const me = useCurrentUser();
  if (!token) return <SignInScreen />;
  if (me.error)
    return (
      <main id="main" className="centred">
        <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  if (me.isPending) return <Loading label="Signing in…" />;
  if (!me.data) return <SignInScreen />;
  return <Shell user={me.data} />;
}
