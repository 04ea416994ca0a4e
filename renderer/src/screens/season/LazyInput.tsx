import { useState, type InputHTMLAttributes } from 'react';

/**
 * A text input that hands its value over on blur (or Enter), for fields
 * parsed into structured values ("6-5-4", "a, b"): parsing on every
 * keystroke would eat the separator being typed.
 */
export function LazyInput({
  value,
  onCommit,
  ...rest
}: { value: string; onCommit: (text: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'defaultValue'
>) {
  const [text, setText] = useState(value);
  const [base, setBase] = useState(value);
  if (base !== value) {
    setBase(value);
    setText(value);
  }
  return (
    <input
      {...rest}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => text !== value && onCommit(text)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onCommit(text);
      }}
    />
  );
}
