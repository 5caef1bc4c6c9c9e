import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, type FormFieldProps } from './FormField.js';

/** A password input with a "Show"/"Hide" toggle (long passphrases are easier to type when seen). */
export function PasswordField(props: Omit<FormFieldProps, 'type' | 'addon'>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <FormField
      {...props}
      type={visible ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="off"
      addon={
        <button type="button" className="btn btn-ghost btn-addon" onClick={() => setVisible((v) => !v)}>
          {visible ? t('auth.hidePassword') : t('auth.showPassword')}
        </button>
      }
    />
  );
}
