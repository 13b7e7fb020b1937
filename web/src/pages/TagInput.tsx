import { type KeyboardEvent, useState } from 'react';

interface TagInputProps {
  name: string;
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  errors?: string[];
}

/** Tags as chips: Enter or a comma adds what was typed, each chip has its own remove button. */
export function TagInput({ name, label, tags, onChange, errors = [] }: TagInputProps) {
  const [draft, setDraft] = useState('');

  function add() {
    const tag = draft.trim().replace(/,$/, '');
    if (tag && !tags.includes(tag)) {
      onChange([...tags, tag]);
    }
    setDraft('');
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  }

  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <ul className="chips" aria-label={`${label} chosen`}>
        {tags.map((tag) => (
          <li key={tag} className="chip">
            {tag}
            <button type="button" className="chip-remove" aria-label={`Remove tag ${tag}`}
                    onClick={() => onChange(tags.filter((other) => other !== tag))}>×</button>
          </li>
        ))}
      </ul>
      <input id={name} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={keyDown} onBlur={add}
             placeholder="Type a tag and press Enter" aria-invalid={errors.length > 0}
             aria-describedby={errors.length > 0 ? `${name}-errors` : undefined} />
      {errors.length > 0 && <p id={`${name}-errors`} className="error">{errors.join(' ')}</p>}
    </div>
  );
}
