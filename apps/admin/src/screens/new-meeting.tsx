import { AdminCreateMeetingDocument, type CreateMeetingInput, type MeetingKind } from '@plenary/sdk';
import { MEETING_KINDS } from '@plenary/domain/enums';
import { meetingRecordInputSchema } from '@plenary/domain/inputs/meeting-record-input';
import { inputIssues } from '@plenary/domain/inputs/parse-input';
import { useState, type FormEvent } from 'react';
import { FormProblem, SelectField, TextField } from '../components/field.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { optional, wholeNumber } from '../lib/form-values.ts';
import { humanise } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { Link, navigate } from '../router.tsx';
import { isSecretariat, useClient, useSignedInUser } from '../session.tsx';
import { meetingPath } from './meetings.tsx';

const INITIAL = {
  conventionCode: 'CCM',
  kind: 'MEETING_OF_STATES_PARTIES',
  number: '',
  title: '',
  opensOn: '',
  closesOn: '',
  venue: 'Palais des Nations',
  city: 'Geneva',
  country: 'Switzerland',
  timeZone: 'Europe/Zurich',
  symbolPrefix: '',
  delegationDeadline: '',
  reportingDeadline: '',
  noteReference: '',
  noteDate: '',
  noteOffice: 'ODA',
};

type Values = typeof INITIAL;

function toInput(values: Values): CreateMeetingInput {
  const reference = optional(values.noteReference);
  const noteDate = optional(values.noteDate);
  return {
    conventionCode: values.conventionCode.trim(),
    kind: values.kind as MeetingKind,
    number: wholeNumber(values.number),
    title: optional(values.title),
    opensOn: values.opensOn,
    closesOn: values.closesOn,
    venue: values.venue.trim(),
    city: values.city.trim(),
    country: optional(values.country),
    timeZone: values.timeZone.trim(),
    symbolPrefix: values.symbolPrefix.trim(),
    delegationDeadline: optional(values.delegationDeadline),
    reportingDeadline: optional(values.reportingDeadline),
    // A note begun is checked whole, so that a missing reference or date is named rather than the note dropped.
    ...((reference || noteDate) && {
      conveningNote: { reference: reference ?? '', date: noteDate ?? '', issuingOffice: values.noteOffice.trim() },
    }),
  };
}

export function NewMeetingScreen() {
  const client = useClient();
  const user = useSignedInUser();
  const [values, setValues] = useState<Values>(INITIAL);
  const action = useAction(
    async (input: CreateMeetingInput) =>
      successOf((await client.request(AdminCreateMeetingDocument, { input })).createMeeting),
    {
      validate: (input) => inputIssues({ schema: meetingRecordInputSchema, input }),
      invalidate: [['meetings'], ['dashboard']],
      onSuccess: (result) => navigate(meetingPath(result.meeting.id)),
    },
  );
  const problem = action.problem;
  const field = (name: keyof Values) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  if (!isSecretariat(user)) {
    return (
      <>
        <h1>New meeting</h1>
        <p role="alert">Only the secretariat records meetings.</p>
      </>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.run(toInput(values));
  };

  const shownPaths = [
    'conventionCode',
    'kind',
    'number',
    'title',
    'opensOn',
    'closesOn',
    'venue',
    'city',
    'country',
    'timeZone',
    'symbolPrefix',
    'delegationDeadline',
    'reportingDeadline',
    'conveningNote.reference',
    'conveningNote.date',
    'conveningNote.issuingOffice',
  ];

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/meetings">Meetings</Link> / New meeting
      </p>
      <h1>New meeting</h1>
      <form className="card form-grid" onSubmit={submit} noValidate>
        <FormProblem problem={problem} shownPaths={shownPaths} />
        <fieldset>
          <legend>The meeting</legend>
          <TextField
            label="Convention"
            {...field('conventionCode')}
            errors={issuesAt(problem, 'conventionCode')}
            hint="Its code, e.g. CCM."
          />
          <SelectField
            label="Kind"
            {...field('kind')}
            options={MEETING_KINDS.map((kind) => ({ value: kind, label: humanise(kind) }))}
            errors={issuesAt(problem, 'kind')}
          />
          <TextField
            label="Number"
            inputMode="numeric"
            {...field('number')}
            errors={issuesAt(problem, 'number')}
            hint="Its number in its series, e.g. 14."
          />
          <TextField
            label="Title"
            {...field('title')}
            errors={issuesAt(problem, 'title')}
            hint="Left empty: made from kind and number."
          />
          <TextField
            label="Document symbol prefix"
            {...field('symbolPrefix')}
            errors={issuesAt(problem, 'symbolPrefix')}
            hint="E.g. CCM/MSP/2027."
          />
        </fieldset>
        <fieldset>
          <legend>Dates and place</legend>
          <TextField label="Opens on" type="date" {...field('opensOn')} errors={issuesAt(problem, 'opensOn')} />
          <TextField label="Closes on" type="date" {...field('closesOn')} errors={issuesAt(problem, 'closesOn')} />
          <TextField
            label="Delegation deadline"
            type="date"
            {...field('delegationDeadline')}
            errors={issuesAt(problem, 'delegationDeadline')}
          />
          <TextField
            label="Reporting deadline"
            type="date"
            {...field('reportingDeadline')}
            errors={issuesAt(problem, 'reportingDeadline')}
          />
          <TextField label="Venue" {...field('venue')} errors={issuesAt(problem, 'venue')} />
          <TextField label="City" {...field('city')} errors={issuesAt(problem, 'city')} />
          <TextField
            label="Country"
            {...field('country')}
            errors={issuesAt(problem, 'country')}
            hint="Its name as documents print it, e.g. Switzerland."
          />
          <TextField
            label="Time zone"
            {...field('timeZone')}
            errors={issuesAt(problem, 'timeZone')}
            hint="Deadlines end at midnight here, e.g. Europe/Zurich."
          />
        </fieldset>
        <fieldset>
          <legend>Convening note (optional)</legend>
          <TextField
            label="Note reference"
            {...field('noteReference')}
            errors={issuesAt(problem, 'conveningNote.reference')}
            hint="E.g. ODA/2027-00050."
          />
          <TextField
            label="Note date"
            type="date"
            {...field('noteDate')}
            errors={issuesAt(problem, 'conveningNote.date')}
          />
          <TextField
            label="Issuing office"
            {...field('noteOffice')}
            errors={issuesAt(problem, 'conveningNote.issuingOffice')}
          />
        </fieldset>
        <div className="form-actions">
          <button type="submit" disabled={action.pending}>
            {action.pending ? 'Saving…' : 'Create meeting'}
          </button>
          <Link to="/meetings" className="button button-secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
