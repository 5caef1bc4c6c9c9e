import type { ReactNode } from 'react';

/** A message above or below a form: errors interrupt (role=alert), the rest are polite. */
export function FormAlert({
  tone,
  children,
  testId,
}: {
  tone: 'error' | 'success' | 'info';
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}
