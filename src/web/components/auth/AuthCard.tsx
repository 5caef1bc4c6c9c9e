import type { ReactNode } from 'react';
import { FormAlert } from '../forms/FormAlert.js';

/** The card the sign-in pages share (Login, Register, Forgot the password, Reset): title, then the body. */
export function AuthCard({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <section className="container auth-page">
      <div className="card auth-card">
        <h1>{title}</h1>
        {children}
      </div>
    </section>
  );
}

/** The form's message (what belongs to no single field), when there is one. */
export function FormProblem({ message }: { message: string | undefined }) {
  return message ? (
    <FormAlert tone="error" testId="form-error">
      {message}
    </FormAlert>
  ) : null;
}
