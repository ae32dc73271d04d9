import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from "react";
import { ApiError } from "../api.js";

/** The server's per-field reasons from an ApiError (VALIDATION_FAILED, INVALID_CREDIT_CODE, …). */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError && error.fields ? error.fields : {};
}

/**
 * A labelled input with the server's fields[name] reason under it.
 * <Field label="统一社会信用代码" name="creditCode" error={err}><input .../></Field>
 * The child input gets id, name and aria-invalid wired.
 */
export function Field(props: {
  label: ReactNode;
  name: string;
  error?: unknown;
  /** A reason found before anything was sent (a check in the page), shown like the server's. */
  reason?: string;
  hint?: ReactNode;
  required?: boolean;
  children: ReactElement;
  className?: string;
}) {
  const id = useId();
  const fields = fieldErrors(props.error);
  // Nested paths ("industries.0.industryId") belong to their top-level field too.
  const reason = props.reason ?? fields[props.name] ?? Object.entries(fields).find(([k]) => k.startsWith(props.name + "."))?.[1];
  const child = isValidElement(props.children)
    ? cloneElement(props.children as ReactElement<Record<string, unknown>>, {
        id,
        name: (props.children.props as { name?: string }).name ?? props.name,
        "aria-invalid": reason ? true : undefined,
        "aria-describedby": reason ? `${id}-err` : undefined,
      })
    : props.children;
  return (
    <div className={`field${reason ? " field-invalid" : ""} ${props.className ?? ""}`} data-field={props.name}>
      <label htmlFor={id}>
        {props.label}
        {props.required && <span className="req" aria-hidden> *</span>}
      </label>
      {child}
      {reason ? (
        <div className="field-error" id={`${id}-err`} role="alert">
          {reason}
        </div>
      ) : (
        props.hint && <div className="field-hint">{props.hint}</div>
      )}
    </div>
  );
}

/** Reads a form's inputs as strings; empty strings become undefined (optional fields stay unset). */
export function formValues(form: HTMLFormElement): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of new FormData(form).entries()) {
    if (typeof v !== "string") continue;
    const s = v.trim();
    out[k] = s === "" ? undefined : s;
  }
  return out;
}
