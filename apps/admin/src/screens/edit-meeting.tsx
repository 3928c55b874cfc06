import {
  AdminMeetingForEditDocument,
  AdminUpdateMeetingDocument,
  type AdminMeetingForEditQuery,
  type UpdateMeetingInput,
  type Weekday,
} from '@plenary/sdk';
import { WEEKDAYS } from '@plenary/domain/enums';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormProblem, SelectField, TextAreaField, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { ActionFailure, issuesAt, successOf } from '../lib/action.ts';
import { optional } from '../lib/form-values.ts';
import { formatDate, humanise } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { Link, navigate } from '../router.tsx';
import { isSecretariat, useClient, useSignedInUser } from '../session.tsx';
import { meetingKey } from './meeting-queries.ts';
import { meetingPath } from './meetings.tsx';

type Data = AdminMeetingForEditQuery;
type Meeting = NonNullable<Data['meeting']>;

// Every field the meeting's screen and its convening note show, as the form holds them (text; '' = not recorded).
function valuesOf(meeting: Meeting) {
  const note = meeting.conveningNote;
  return {
    opensOn: meeting.opensOn,
    closesOn: meeting.closesOn,
    timeZone: meeting.timeZone,
    venue: meeting.venue ?? '',
    venueFr: meeting.venueFr ?? '',
    city: meeting.city,
    cityFr: meeting.cityFr ?? '',
    country: meeting.country ?? '',
    countryFr: meeting.countryFr ?? '',
    webPage: meeting.webPage ?? '',
    delegationDeadline: meeting.delegationDeadline ?? '',
    delegationDeadlineWeekdayAsIssued: meeting.delegationDeadlineWeekdayAsIssued ?? '',
    reportingDeadline: meeting.reportingDeadline ?? '',
    secretariatOfficeCode: meeting.secretariatOffice?.code ?? '',
    noteReference: note.reference ?? '',
    noteDate: note.date ?? '',
    noteIssuingOffice: note.issuingOffice?.code ?? '',
    noteMandateResolution: note.mandateResolution?.number ?? '',
    noteAddressees: note.addressees ?? '',
    noteAddresseesFr: note.addresseesFr ?? '',
  };
}

type Values = ReturnType<typeof valuesOf>;

const orNull = (value: string) => optional(value) ?? null;

/**
 * The whole form as an update: an emptied field is cleared (null). The note's details go as one group, or null when
 * it has neither reference nor date. A weekday as issued belongs to its deadline: a moved deadline is sent without
 * it, so the API drops it, unless the officer chose one.
 */
function toInput(values: Values, loaded: Values): UpdateMeetingInput {
  const reference = optional(values.noteReference);
  const date = optional(values.noteDate);
  if (Boolean(reference) !== Boolean(date)) {
    const path = reference ? 'conveningNote.date' : 'conveningNote.reference';
    throw new ActionFailure({
      message: 'Some fields need correcting; see the messages next to them.',
      issues: [{ path, message: 'Give both the note’s reference and its date, or neither.' }],
    });
  }
  const keepWeekday =
    values.delegationDeadline === loaded.delegationDeadline ||
    values.delegationDeadlineWeekdayAsIssued !== loaded.delegationDeadlineWeekdayAsIssued;
  return {
    opensOn: orNull(values.opensOn),
    closesOn: orNull(values.closesOn),
    timeZone: orNull(values.timeZone),
    venue: orNull(values.venue),
    venueFr: orNull(values.venueFr),
    city: orNull(values.city),
    cityFr: orNull(values.cityFr),
    country: orNull(values.country),
    countryFr: orNull(values.countryFr),
    webPage: orNull(values.webPage),
    delegationDeadline: orNull(values.delegationDeadline),
    ...(keepWeekday && {
      delegationDeadlineWeekdayAsIssued:
        (optional(values.delegationDeadlineWeekdayAsIssued) as Weekday | undefined) ?? null,
    }),
    reportingDeadline: orNull(values.reportingDeadline),
    secretariatOfficeCode: orNull(values.secretariatOfficeCode),
    conveningNote:
      reference && date
        ? {
            reference,
            date,
            issuingOffice: values.noteIssuingOffice,
            addressees: optional(values.noteAddressees),
            addresseesFr: optional(values.noteAddresseesFr),
            mandateResolution: optional(values.noteMandateResolution),
          }
        : null,
  };
}

const SHOWN_PATHS = [
  'opensOn',
  'closesOn',
  'timeZone',
  'venue',
  'venueFr',
  'city',
  'cityFr',
  'country',
  'countryFr',
  'webPage',
  'delegationDeadline',
  'delegationDeadlineWeekdayAsIssued',
  'reportingDeadline',
  'secretariatOfficeCode',
  'conveningNote.reference',
  'conveningNote.date',
  'conveningNote.issuingOffice',
  'conveningNote.mandateResolution',
  'conveningNote.addressees',
  'conveningNote.addresseesFr',
];

function EditMeetingForm({ data, meeting }: { data: Data; meeting: Meeting }) {
  const client = useClient();
  const loaded = valuesOf(meeting);
  const [values, setValues] = useState<Values>(loaded);
  const action = useAction(
    async (current: Values) =>
      successOf(
        (
          await client.request(AdminUpdateMeetingDocument, {
            id: meeting.id,
            version: meeting.version,
            input: toInput(current, loaded),
          })
        ).updateMeeting,
      ),
    {
      invalidate: [meetingKey(meeting.id), ['meetings'], ['dashboard']],
      onSuccess: () => navigate(meetingPath(meeting.id)),
    },
  );
  const problem = action.problem;
  const field = (name: keyof Values) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const offices = data.offices.map((office) => ({ value: office.code, label: `${office.name} (${office.code})` }));
  const none = { value: '', label: 'None' };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.run(values);
  };

  return (
    <form className="card form-grid" onSubmit={submit} noValidate>
      <FormProblem problem={problem} shownPaths={SHOWN_PATHS} />
      <fieldset>
        <legend>Dates and place</legend>
        <TextField label="Opens on" type="date" {...field('opensOn')} errors={issuesAt(problem, 'opensOn')} />
        <TextField label="Closes on" type="date" {...field('closesOn')} errors={issuesAt(problem, 'closesOn')} />
        <TextField
          label="Time zone"
          {...field('timeZone')}
          errors={issuesAt(problem, 'timeZone')}
          hint="Deadlines end at midnight here, e.g. Europe/Zurich."
        />
        <TextField label="Venue" {...field('venue')} errors={issuesAt(problem, 'venue')} />
        <TextField
          label="Venue in French"
          {...field('venueFr')}
          errors={issuesAt(problem, 'venueFr')}
          hint="With its article, as French documents print it: le Palais des Nations."
        />
        <TextField label="City" {...field('city')} errors={issuesAt(problem, 'city')} />
        <TextField
          label="City in French"
          {...field('cityFr')}
          errors={issuesAt(problem, 'cityFr')}
          hint="E.g. Genève."
        />
        <TextField
          label="Country"
          {...field('country')}
          errors={issuesAt(problem, 'country')}
          hint="Its name as documents print it, e.g. Switzerland."
        />
        <TextField
          label="Country in French"
          {...field('countryFr')}
          errors={issuesAt(problem, 'countryFr')}
          hint="E.g. Suisse."
        />
        <TextField label="Web page" type="url" {...field('webPage')} errors={issuesAt(problem, 'webPage')} />
      </fieldset>
      <fieldset>
        <legend>Deadlines and secretariat</legend>
        <TextField
          label="Delegation deadline"
          type="date"
          {...field('delegationDeadline')}
          errors={issuesAt(problem, 'delegationDeadline')}
        />
        <SelectField
          label="Weekday printed beside the deadline"
          {...field('delegationDeadlineWeekdayAsIssued')}
          options={[
            { value: '', label: 'The calendar’s' },
            ...WEEKDAYS.map((weekday) => ({ value: weekday, label: humanise(weekday) })),
          ]}
          errors={issuesAt(problem, 'delegationDeadlineWeekdayAsIssued')}
          hint="Only to reproduce a note as issued that printed another weekday than the calendar’s."
        />
        <TextField
          label="Reporting deadline"
          type="date"
          {...field('reportingDeadline')}
          errors={issuesAt(problem, 'reportingDeadline')}
          hint="The Article 7 deadline the note reminds of."
        />
        <SelectField
          label="Secretariat office"
          {...field('secretariatOfficeCode')}
          options={[none, ...offices]}
          errors={issuesAt(problem, 'secretariatOfficeCode')}
          hint="Delegations are sent to its address and e-mail."
        />
      </fieldset>
      <fieldset>
        <legend>Convening note</legend>
        <TextField
          label="Note reference"
          {...field('noteReference')}
          errors={issuesAt(problem, 'conveningNote.reference')}
          hint="E.g. ODA/2026-00050."
        />
        <TextField
          label="Note date"
          type="date"
          {...field('noteDate')}
          errors={issuesAt(problem, 'conveningNote.date')}
        />
        <SelectField
          label="Issuing office"
          {...field('noteIssuingOffice')}
          options={[none, ...offices]}
          errors={issuesAt(problem, 'conveningNote.issuingOffice')}
        />
        <SelectField
          label="Mandating resolution"
          {...field('noteMandateResolution')}
          options={[
            none,
            ...data.generalAssemblyResolutions.map((resolution) => ({
              value: resolution.number,
              label: `${resolution.symbol} of ${formatDate(resolution.adoptedOn)}: ${resolution.title}`,
            })),
          ]}
          errors={issuesAt(problem, 'conveningNote.mandateResolution')}
          hint="The General Assembly resolution under which the Secretary-General convenes the meeting."
        />
        <TextAreaField
          label="Addressees"
          rows={2}
          {...field('noteAddressees')}
          errors={issuesAt(problem, 'conveningNote.addressees')}
          hint="E.g. Permanent Representatives of Member and Observer States to the United Nations."
        />
        <TextAreaField
          label="Addressees in French"
          rows={2}
          {...field('noteAddresseesFr')}
          errors={issuesAt(problem, 'conveningNote.addresseesFr')}
          hint="With their article: les Représentants permanents des États Membres et des États observateurs auprès de l’Organisation des Nations Unies."
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={action.pending}>
          {action.pending ? 'Saving…' : 'Save meeting'}
        </button>
        <Link to={meetingPath(meeting.id)} className="button button-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function editMeetingPath(id: string): string {
  return `${meetingPath(id)}/edit`;
}

export function EditMeetingScreen({ id }: { id: string }) {
  const client = useClient();
  const user = useSignedInUser();
  const query = useQuery({
    queryKey: [...meetingKey(id), 'edit'],
    queryFn: () => client.request(AdminMeetingForEditDocument, { id }),
    enabled: isSecretariat(user),
  });
  if (!isSecretariat(user)) {
    return (
      <>
        <h1>Edit meeting</h1>
        <p role="alert">Only the secretariat edits meetings.</p>
      </>
    );
  }
  return (
    <QueryView query={query}>
      {(data) =>
        data.meeting ? (
          <>
            <p className="breadcrumbs">
              <Link to="/meetings">Meetings</Link> / <Link to={meetingPath(data.meeting.id)}>{data.meeting.code}</Link>{' '}
              / Edit
            </p>
            <h1>Edit {data.meeting.title}</h1>
            {/* Keyed by version: after a save elsewhere the form starts again from what is stored. */}
            <EditMeetingForm key={data.meeting.version} data={data} meeting={data.meeting} />
          </>
        ) : (
          <>
            <h1>Meeting not found</h1>
            <p>
              No meeting has this address. <Link to="/meetings">Back to the meetings</Link>.
            </p>
          </>
        )
      }
    </QueryView>
  );
}
