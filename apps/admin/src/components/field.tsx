import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { issuesElsewhere, type ActionProblem } from '../lib/action.ts';

interface FieldFrameProps {
  label: string;
  errors?: readonly string[] | undefined;
  hint?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A label, the control, a hint and the API's messages about the field, tied together for screen readers. */
function FieldFrame({ label, errors = [], hint, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errors.length > 0 ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: errors.length > 0 })}
      {errorId && (
        <ul className="field-errors" id={errorId}>
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

type Common = { label: string; errors?: readonly string[] | undefined; hint?: string | undefined };

export function TextField({ label, errors, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  errors,
  hint,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...textarea} />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  label,
  errors,
  hint,
  options,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[] }) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** The problem's summary and every issue no field shows, at the top of a form. */
export function FormProblem({
  problem,
  shownPaths = [],
}: {
  problem: ActionProblem | null;
  shownPaths?: readonly string[];
}) {
  if (!problem) return null;
  const others = issuesElsewhere(problem, shownPaths);
  return (
    <div className="notice notice-error" role="alert">
      <p>{problem.message}</p>
      {problem.allowed && problem.allowed.length > 0 && <p>Allowed now: {problem.allowed.join(', ')}.</p>}
      {others.length > 0 && (
        <ul>
          {others.map((issue) => (
            <li key={`${issue.path}|${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
