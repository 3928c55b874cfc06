import {
  AdminAssessmentScalesDocument,
  AdminIssueCostSharesDocument,
  AdminMeetingCostSharesDocument,
  AdminMeetingCostsDocument,
  AdminRecordPaymentDocument,
  AdminSetCostEstimateDocument,
  type AdminMeetingCostSharesQuery,
  type PayerRule,
  type RecordPaymentInput,
  type SetCostEstimateInput,
} from '@plenary/sdk';
import { COST_PAYER_RULES } from '@plenary/domain/enums';
import { costEstimateInputSchema, paymentInputSchema } from '@plenary/domain/inputs/cost-input';
import { inputIssues } from '@plenary/domain/inputs/parse-input';
import { validatePaymentDate } from '@plenary/domain/payment-date';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../components/data-table.tsx';
import { DownloadMessage } from '../components/download-message.tsx';
import { FormProblem, SelectField, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { StateName, useStateName } from '../language.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { fetchAll } from '../lib/fetch-all.ts';
import { optional } from '../lib/form-values.ts';
import { formatDate, formatDateTime, formatDecimal, formatMoney, humanise, today } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { isSecretariat, useClient, useSignedInUser } from '../session.tsx';
import { useDownload } from '../lib/use-download.ts';
import { meetingKey } from './meeting-queries.ts';
import { RecordedParticipants } from './recorded-participants.tsx';

type ShareRow = NonNullable<
  NonNullable<AdminMeetingCostSharesQuery['meeting']>['costShares']
>['shares']['edges'][number]['node'];

interface LineValues {
  description: string;
  amount: string;
}

function CostEstimateForm({
  meetingId,
  currentVersion,
  currency: currentCurrency,
}: {
  meetingId: string;
  currentVersion: number | null;
  currency: string | null;
}) {
  const client = useClient();
  const [currency, setCurrency] = useState(currentCurrency ?? 'CHF');
  const [lines, setLines] = useState<LineValues[]>([{ description: '', amount: '' }]);
  const save = useAction(
    async (input: SetCostEstimateInput) =>
      successOf((await client.request(AdminSetCostEstimateDocument, { meetingId, input })).setCostEstimate),
    {
      validate: (input) => inputIssues({ schema: costEstimateInputSchema, input }),
      invalidate: [meetingKey(meetingId)],
      onSuccess: () => setLines([{ description: '', amount: '' }]),
    },
  );
  const problem = save.problem;
  const setLine = (index: number, change: Partial<LineValues>) =>
    setLines((current) => current.map((line, position) => (position === index ? { ...line, ...change } : line)));
  const shownPaths = [
    'currency',
    ...lines.flatMap((_, index) => [`lines.${index}.description`, `lines.${index}.amount`]),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.run({
      currency: currency.trim(),
      lines: lines.map((line) => ({ description: line.description.trim(), amount: line.amount.trim() })),
      ...(currentVersion !== null && { replacesVersion: currentVersion }),
    });
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-label="Set the cost estimate">
      <h3>{currentVersion === null ? 'Set the cost estimate' : 'Replace the cost estimate'}</h3>
      <FormProblem problem={problem} shownPaths={shownPaths} />
      <TextField
        label="Currency"
        value={currency}
        onChange={(event) => setCurrency(event.target.value)}
        hint="ISO 4217 code, e.g. CHF."
        errors={issuesAt(problem, 'currency')}
      />
      {lines.map((line, index) => (
        <fieldset key={index} className="line">
          <legend>Line {index + 1}</legend>
          <TextField
            label="Description"
            value={line.description}
            onChange={(event) => setLine(index, { description: event.target.value })}
            errors={issuesAt(problem, `lines.${index}.description`)}
          />
          <TextField
            label="Amount"
            inputMode="decimal"
            value={line.amount}
            onChange={(event) => setLine(index, { amount: event.target.value })}
            hint="To the cent, e.g. 12345.60."
            errors={issuesAt(problem, `lines.${index}.amount`)}
          />
        </fieldset>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => setLines((current) => [...current, { description: '', amount: '' }])}
        >
          Add a line
        </button>
        <button type="submit" disabled={save.pending}>
          Save the estimate
        </button>
      </div>
    </form>
  );
}

// The empty choice: the API takes the scale whose period covers the year the meeting opens.
const SCALE_IN_FORCE = '';
// Where the API reports problems with the choice of scale (none in force, an incomplete scale) and with the reason.
const SCALE_PATHS = ['scale', 'scale.inForce'];
const OVERRIDE_REASON_PATH = 'scale.named.overrideReason';

function IssueSharesForm({ meetingId, currentVersion }: { meetingId: string; currentVersion: number | null }) {
  const client = useClient();
  const scales = useQuery({
    queryKey: ['scales'],
    queryFn: () => fetchAll(client, AdminAssessmentScalesDocument, {}, (data) => data.assessmentScales),
  });
  const [scale, setScale] = useState(SCALE_IN_FORCE);
  const [overrideReason, setOverrideReason] = useState('');
  const [payerRule, setPayerRule] = useState<PayerRule>('STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES');
  const [ceilingAndFloor, setCeilingAndFloor] = useState(false);
  const issue = useAction(
    async (scaleName: string) =>
      successOf(
        (
          await client.request(AdminIssueCostSharesDocument, {
            meetingId,
            input: {
              scale:
                scaleName === SCALE_IN_FORCE
                  ? { inForce: true }
                  : {
                      named: {
                        scale: { name: scaleName },
                        ...(overrideReason.trim() !== '' && { overrideReason: overrideReason.trim() }),
                      },
                    },
              payerRule,
              ceilingAndFloor,
              ...(currentVersion !== null && { replacesVersion: currentVersion }),
            },
          })
        ).issueCostShares,
      ),
    { invalidate: [meetingKey(meetingId), ['dashboard']] },
  );
  const scaleOptions = [
    { value: SCALE_IN_FORCE, label: 'The scale in force when the meeting opens' },
    ...(scales.data ?? []).map((candidate) => ({
      value: candidate.name,
      label: `${candidate.name} (${candidate.resolution}${candidate.complete ? '' : ', incomplete'})`,
    })),
  ];
  return (
    <form
      className="card"
      aria-label="Issue cost shares"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        issue.run(scale);
      }}
    >
      <h3>{currentVersion === null ? 'Issue cost shares' : 'Re-issue cost shares'}</h3>
      <FormProblem problem={issue.problem} shownPaths={[...SCALE_PATHS, OVERRIDE_REASON_PATH, 'payerRule']} />
      <div className="form-grid">
        <SelectField
          label="Scale of assessment"
          value={scale}
          onChange={(event) => setScale(event.target.value)}
          options={scaleOptions}
          errors={SCALE_PATHS.flatMap((path) => issuesAt(issue.problem, path))}
        />
        <SelectField
          label="Who pays (Art. 14)"
          value={payerRule}
          onChange={(event) => setPayerRule(event.target.value as PayerRule)}
          options={COST_PAYER_RULES.map((value) => ({ value, label: humanise(value) }))}
          errors={issuesAt(issue.problem, 'payerRule')}
        />
      </div>
      {scale !== SCALE_IN_FORCE && (
        <TextField
          label="Reason for applying a scale outside its period"
          value={overrideReason}
          onChange={(event) => setOverrideReason(event.target.value)}
          hint="Only when the scale's period does not cover the meeting: the reason is kept in the audit trail and printed on the assessment notices."
          errors={issuesAt(issue.problem, OVERRIDE_REASON_PATH)}
        />
      )}
      <div className="checkbox">
        <input
          id={`ceiling-${meetingId}`}
          type="checkbox"
          checked={ceilingAndFloor}
          onChange={(event) => setCeilingAndFloor(event.target.checked)}
        />
        <label htmlFor={`ceiling-${meetingId}`}>
          Re-apply the 22 per cent ceiling and 0.001 per cent floor among the payers
        </label>
      </div>
      <button type="submit" disabled={issue.pending}>
        {issue.pending ? 'Issuing…' : 'Issue shares'}
      </button>
    </form>
  );
}

// The share is chosen in the form, not typed: its State is not part of what is checked.
const paymentFieldsSchema = paymentInputSchema.omit({ iso3: true });

/** The payment's fields, then (once the date is a date) its date against the meeting's convening and today. */
function paymentIssues(input: RecordPaymentInput, convenedOn: string | null) {
  const issues = inputIssues({ schema: paymentFieldsSchema, input });
  if (issues.some((issue) => issue.path === 'receivedOn')) return issues;
  return [...issues, ...validatePaymentDate({ receivedOn: input.receivedOn, convenedOn, today: today() }).issues];
}

function PaymentForm({
  meetingId,
  convenedOn,
  shares,
}: {
  meetingId: string;
  convenedOn: string | null;
  shares: readonly ShareRow[];
}) {
  const client = useClient();
  const stateName = useStateName();
  const payable = shares.filter((share) => share.assessed && Number(share.outstanding ?? '0') > 0);
  const [shareId, setShareId] = useState('');
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(today());
  const [reference, setReference] = useState('');
  const chosen = payable.find((share) => share.id === shareId) ?? payable[0];
  const record = useAction(
    async (input: RecordPaymentInput) =>
      successOf(
        (await client.request(AdminRecordPaymentDocument, { costShareId: chosen?.id ?? '', input })).recordPayment,
      ),
    {
      validate: (input) => paymentIssues(input, convenedOn),
      invalidate: [meetingKey(meetingId), ['dashboard']],
      onSuccess: () => setAmount(''),
    },
  );
  if (payable.length === 0) return <p className="hint">Every assessed share is paid.</p>;
  const problem = record.problem;
  return (
    <form
      className="card"
      aria-label="Record a payment"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        record.run({
          amount: amount.trim(),
          currency: chosen?.currency ?? '',
          receivedOn,
          reference: optional(reference),
        });
      }}
    >
      <h3>Record a payment</h3>
      <FormProblem problem={problem} shownPaths={['amount', 'receivedOn', 'reference', 'currency']} />
      <div className="form-grid">
        <SelectField
          label="From"
          value={chosen?.id ?? ''}
          onChange={(event) => setShareId(event.target.value)}
          options={payable.map((share) => ({
            value: share.id,
            label: `${stateName(share.state.names)} — outstanding ${formatMoney(share.outstanding, share.currency)}`,
          }))}
        />
        <TextField
          label="Amount"
          inputMode="decimal"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          hint={chosen ? `In ${chosen.currency}, to the cent.` : undefined}
          errors={issuesAt(problem, 'amount')}
        />
        <TextField
          label="Received on"
          type="date"
          value={receivedOn}
          onChange={(event) => setReceivedOn(event.target.value)}
          errors={issuesAt(problem, 'receivedOn')}
        />
        <TextField
          label="Bank reference"
          value={reference}
          onChange={(event) => setReference(event.target.value)}
          errors={issuesAt(problem, 'reference')}
        />
      </div>
      <button type="submit" disabled={record.pending}>
        Record the payment
      </button>
      {record.succeeded && (
        <p role="status" className="notice notice-success">
          Payment recorded.
        </p>
      )}
    </form>
  );
}

function Shares({
  meetingId,
  meetingCode,
  convenedOn,
  canRecord,
}: {
  meetingId: string;
  meetingCode: string;
  convenedOn: string | null;
  canRecord: boolean;
}) {
  const client = useClient();
  const stateName = useStateName();
  const download = useDownload();
  const query = useQuery({
    queryKey: [...meetingKey(meetingId), 'shares'],
    queryFn: () =>
      fetchAll(client, AdminMeetingCostSharesDocument, { id: meetingId }, (data) => data.meeting?.costShares?.shares),
  });
  return (
    <QueryView query={query}>
      {(shares) => (
        <>
          <DataTable
            title={`Cost shares ${meetingCode}`}
            rows={shares}
            rowKey={(share) => share.id}
            empty="No payer in this issue."
            columns={[
              {
                key: 'state',
                header: 'State',
                value: (share) => stateName(share.state.names),
                render: (share) => <StateName names={share.state.names} />,
              },
              { key: 'iso3', header: 'Code', value: (share) => share.state.iso3 },
              {
                key: 'rate',
                header: 'UN rate (%)',
                numeric: true,
                sortAsNumber: true,
                value: (share) => share.ratePercent ?? (share.assessed ? '' : 'unassessed'),
              },
              {
                key: 'share',
                header: 'Share (%)',
                numeric: true,
                sortAsNumber: true,
                value: (share) => share.sharePercent,
              },
              {
                key: 'amount',
                header: 'Amount',
                numeric: true,
                sortAsNumber: true,
                value: (share) => share.amount,
                render: (share) => (share.assessed ? formatDecimal(share.amount, { fractionDigits: 2 }) : 'Unassessed'),
              },
              {
                key: 'paid',
                header: 'Paid',
                numeric: true,
                sortAsNumber: true,
                value: (share) => share.paid,
                render: (share) => formatDecimal(share.paid, { fractionDigits: 2 }),
              },
              {
                key: 'outstanding',
                header: 'Outstanding',
                numeric: true,
                sortAsNumber: true,
                value: (share) => share.outstanding,
                render: (share) => formatDecimal(share.outstanding, { fractionDigits: 2 }),
              },
              { key: 'currency', header: 'Currency', value: (share) => share.currency },
              {
                key: 'payments',
                header: 'Payments',
                value: (share) =>
                  share.payments.edges.map(({ node }) => `${node.amount} on ${node.receivedOn}`).join('; '),
                render: (share) =>
                  share.payments.edges
                    .map(
                      ({ node }) =>
                        `${formatDecimal(node.amount, { fractionDigits: 2 })} on ${formatDate(node.receivedOn)}`,
                    )
                    .join('; '),
              },
              {
                key: 'notice',
                header: 'Notice',
                action: true,
                value: () => '',
                render: (share) =>
                  share.assessed ? (
                    <button
                      type="button"
                      className="button-secondary button-small"
                      disabled={download.pending !== null}
                      onClick={() =>
                        void download.run({
                          key: share.id,
                          path: `/documents/cost-shares/${encodeURIComponent(share.id)}/assessment-notice.pdf`,
                          fallbackName: `assessment-notice-${meetingCode.toLowerCase()}-${share.state.iso3.toLowerCase()}.pdf`,
                          label: `Assessment notice of ${stateName(share.state.names)}`,
                        })
                      }
                    >
                      {download.pending === share.id ? 'Assessment notice (PDF)…' : 'Assessment notice (PDF)'}
                      <span className="visually-hidden"> for {stateName(share.state.names)}</span>
                    </button>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
          <DownloadMessage download={download} />
          {canRecord && <PaymentForm meetingId={meetingId} convenedOn={convenedOn} shares={shares} />}
        </>
      )}
    </QueryView>
  );
}

export function MeetingCosts({
  meetingId,
  meetingCode,
  convenedOn,
}: {
  meetingId: string;
  meetingCode: string;
  convenedOn: string | null;
}) {
  const client = useClient();
  const user = useSignedInUser();
  const secretariat = isSecretariat(user);
  const query = useQuery({
    queryKey: [...meetingKey(meetingId), 'costs'],
    queryFn: () => client.request(AdminMeetingCostsDocument, { id: meetingId }),
  });
  return (
    <section aria-labelledby="costs-title">
      <h2 id="costs-title">Cost estimate and shares (Art. 14)</h2>
      <QueryView query={query}>
        {({ meeting }) => {
          const estimate = meeting?.costEstimate ?? null;
          const issue = meeting?.costShares ?? null;
          return (
            <>
              {estimate ? (
                <>
                  <table className="compact">
                    <caption>
                      {humanise(estimate.kind)}, version {estimate.version} of {formatDateTime(estimate.createdAt)}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Line</th>
                        <th scope="col" className="numeric">
                          Amount ({estimate.currency})
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {estimate.lines.edges.map(({ node }) => (
                        <tr key={node.position}>
                          <td>{node.description}</td>
                          <td className="numeric">{formatDecimal(node.amount, { fractionDigits: 2 })}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row">Total</th>
                        <td className="numeric" data-testid="estimate-total">
                          {formatMoney(estimate.total, estimate.currency)}
                        </td>
                      </tr>
                    </tfoot>
                  </table>
                </>
              ) : (
                <p className="empty">No cost estimate has been set.</p>
              )}
              {secretariat && (
                <CostEstimateForm
                  meetingId={meetingId}
                  currentVersion={estimate?.version ?? null}
                  currency={estimate?.currency ?? null}
                />
              )}
              <h3>Issued shares</h3>
              {issue ? (
                <>
                  <p>
                    Version {issue.version}, issued {formatDateTime(issue.issuedAt)} on the {issue.scale.name} scale (
                    {humanise(issue.payerRule)}): total {formatMoney(issue.total, issue.currency)}, paid{' '}
                    {formatMoney(issue.paid, issue.currency)},{' '}
                    <strong>outstanding {formatMoney(issue.outstanding, issue.currency)}</strong>.
                  </p>
                  {issue.scaleOverrideReason && (
                    <p className="notice" data-testid="scale-override">
                      The {issue.scale.name} scale does not cover the year the meeting opens; it was applied because:{' '}
                      {issue.scaleOverrideReason}
                    </p>
                  )}
                  <Shares
                    meetingId={meetingId}
                    meetingCode={meetingCode}
                    convenedOn={convenedOn}
                    canRecord={secretariat}
                  />
                </>
              ) : (
                <p className="empty">No cost shares have been issued.</p>
              )}
              {secretariat && estimate && (
                <IssueSharesForm meetingId={meetingId} currentVersion={issue?.version ?? null} />
              )}
              <RecordedParticipants meetingId={meetingId} meetingCode={meetingCode} canRecord={secretariat} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
