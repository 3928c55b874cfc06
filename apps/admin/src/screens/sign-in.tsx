import { useState, type FormEvent } from 'react';
import { FormProblem, TextField } from '../components/field.tsx';
import { issuesAt, type ActionProblem } from '../lib/action.ts';
import { describeError } from '../components/status.tsx';
import { useSession } from '../session.tsx';

export function SignInScreen() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      setProblem(await signIn(email, password));
    } catch (error) {
      setProblem({ message: describeError(error), issues: [] });
    } finally {
      setPending(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <form className="card sign-in-card" onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title">
        <p className="brand">Plenary</p>
        <h1 id="sign-in-title">Sign in</h1>
        <p className="hint">
          The secretariat's tool for meetings of States Parties, delegations, reports and cost shares.
        </p>
        <FormProblem problem={problem} shownPaths={['email', 'password']} />
        <TextField
          label="E-mail address"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          errors={issuesAt(problem, 'email')}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errors={issuesAt(problem, 'password')}
        />
        <button type="submit" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
