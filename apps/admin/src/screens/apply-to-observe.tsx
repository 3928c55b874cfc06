import { ORGANISATION_KINDS, type OrganisationKind } from '@plenary/domain/enums';
import { PublicApplyToObserveDocument, PublicMeetingForApplicationDocument } from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormProblem, SelectField, TextAreaField, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { optional } from '../lib/form-values.ts';
import { formatDate, humanise } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { useClient } from '../session.tsx';

// Rule 1.3: the page an organisation fills in to ask to observe a meeting, without an account.

const FIELDS = ['organisationName', 'acronym', 'kind', 'website', 'contactName', 'contactEmail', 'motivation'] as const;
type FieldName = (typeof FIELDS)[number];
const NGO: OrganisationKind = 'NGO';

function ApplicationForm({ meetingId }: { meetingId: string }) {
  const client = useClient();
  const [values, setValues] = useState<Record<FieldName, string>>({
    organisationName: '',
    acronym: '',
    kind: NGO,
    website: '',
    contactName: '',
    contactEmail: '',
    motivation: '',
  });
  const apply = useAction(async () =>
    successOf(
      (
        await client.request(PublicApplyToObserveDocument, {
          meetingId,
          input: { ...values, website: optional(values.website) ?? null },
        })
      ).applyToObserve,
    ),
  );
  const field = (name: FieldName) => ({
    name,
    value: values[name],
    errors: issuesAt(apply.problem, name),
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
  });

  if (apply.succeeded) {
    return (
      <p role="status" className="notice notice-success">
        Thank you: your application was received. The secretariat will answer at {values.contactEmail.trim()}.
      </p>
    );
  }
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        apply.run(undefined);
      }}
    >
      <FormProblem problem={apply.problem} shownPaths={FIELDS} />
      <TextField label="Organisation name" required {...field('organisationName')} />
      <TextField label="Acronym" required {...field('acronym')} />
      <SelectField
        label="Kind of organisation"
        {...field('kind')}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: humanise(kind) }))}
      />
      <TextField label="Website" type="url" {...field('website')} hint="Optional, e.g. https://www.example.org." />
      <TextField label="Contact person" required autoComplete="name" {...field('contactName')} />
      <TextField
        label="Contact e-mail address"
        type="email"
        required
        autoComplete="email"
        {...field('contactEmail')}
        hint="The secretariat answers at this address."
      />
      <TextAreaField label="Why the organisation asks to observe" required rows={5} {...field('motivation')} />
      <button type="submit" disabled={apply.pending}>
        {apply.pending ? 'Sending…' : 'Apply to observe'}
      </button>
    </form>
  );
}

export function ApplyToObserveScreen({ code }: { code: string }) {
  const client = useClient();
  const query = useQuery({
    queryKey: ['public-meeting', code],
    queryFn: () => client.request(PublicMeetingForApplicationDocument, { code }),
  });
  return (
    <main id="main" className="public-page">
      <div className="card">
        <p className="brand">Plenary</p>
        <QueryView query={query}>
          {({ meetingByCode: meeting }) =>
            meeting ? (
              <>
                <h1>Apply to observe the {meeting.title}</h1>
                <p className="hint">
                  {formatDate(meeting.opensOn)} – {formatDate(meeting.closesOn)}
                  {meeting.city ? `, ${meeting.city}` : ''}. Organisations that do not observe as of right may ask to
                  attend as observers (rule 1.3 of the rules of procedure); the secretariat answers each application by
                  e-mail.
                </p>
                <ApplicationForm meetingId={meeting.id} />
              </>
            ) : (
              <>
                <h1>Meeting not found</h1>
                <p>No meeting has the code {code}. Check the address you were given.</p>
              </>
            )
          }
        </QueryView>
      </div>
    </main>
  );
}
