import { type ClipboardEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessages } from '../../components/forms/FieldMessages.js';
import { useFieldIds } from '../../components/forms/useFieldIds.js';

/** The formatting the server keeps (see sanitizeDescription): everything else is dropped there. */
const COMMANDS = [
  { name: 'heading', command: 'formatBlock', value: 'h3' },
  { name: 'bold', command: 'bold' },
  { name: 'italic', command: 'italic' },
  { name: 'bullets', command: 'insertUnorderedList' },
] as const;

/**
 * A small rich-text field: a contentEditable box with heading, bold, italic and bulleted-list
 * buttons. Pasted text arrives as plain text; the server sanitises the HTML in any case.
 */
export function RichTextEditor({
  label,
  value,
  onChange,
  error,
  hint,
  lang,
  testId,
}: {
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: string;
  hint?: string;
  lang?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const labelId = useId();
  const { controlId: id, hintId, errorId, aria } = useFieldIds(undefined, hint, error);

  // Only an outside change (a reload) rewrites the box; typing must not move the caret.
  useEffect(() => {
    const box = ref.current;
    if (box && box.innerHTML !== value) box.innerHTML = value;
  }, [value]);

  const run = (command: string, commandValue?: string) => {
    ref.current?.focus();
    // "Heading" toggles: pressed again on a heading, it turns the block back into a paragraph.
    const block = command === 'formatBlock' && document.queryCommandValue('formatBlock') === commandValue;
    document.execCommand(command, false, block ? 'p' : commandValue);
    onChange(ref.current?.innerHTML ?? '');
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    event.preventDefault();
    document.execCommand('insertText', false, event.clipboardData.getData('text/plain'));
  };

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <span className="field-label" id={labelId}>
        {label}
      </span>
      <div className="rich-editor">
        <div className="rich-toolbar" role="toolbar" aria-label={t('products.editor.toolbar')} aria-controls={id}>
          {COMMANDS.map((c) => (
            <button
              key={c.name}
              type="button"
              className={`btn btn-ghost btn-small rich-${c.name}`}
              // Keep the selection in the text while the button is pressed.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(c.command, 'value' in c ? c.value : undefined)}
            >
              {t(`products.editor.${c.name}`)}
            </button>
          ))}
        </div>
        <div
          ref={ref}
          id={id}
          className="input rich-text rich-area"
          contentEditable
          suppressContentEditableWarning
          role="textbox"
          aria-multiline="true"
          aria-labelledby={labelId}
          {...aria}
          tabIndex={0}
          lang={lang}
          data-testid={testId}
          onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
          onInput={(event) => onChange(event.currentTarget.innerHTML)}
          onPaste={onPaste}
        />
      </div>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
