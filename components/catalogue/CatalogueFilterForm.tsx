'use client';

// The filter form of /aanbod. Without JavaScript it is a plain GET form. With JavaScript a change of
// a checkbox or the sort order (and submitting the search) loads the new result without a full
// reload; the URL, and so the back button, stay the source of truth.
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';

function queryOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') params.append(name, value);
  }
  return params.toString();
}

export function CatalogueFilterForm({ action, label, updatingText, children }: { action: string; label: string; updatingText: string; children: ReactNode }) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();

  // After back/forward or a link (e.g. "clear all filters"), show the choices of the new URL. Not on
  // the first render: the server already drew the form from this URL, and on a slow device the
  // visitor may have typed a search before hydration, which must not be wiped out.
  const shownQuery = useRef(searchParams.toString());
  useEffect(() => {
    const form = formRef.current;
    if (!form || shownQuery.current === searchParams.toString()) return;
    shownQuery.current = searchParams.toString();
    for (const element of Array.from(form.elements)) {
      if (element instanceof HTMLInputElement && element.type === 'checkbox') {
        element.checked = searchParams.getAll(element.name).includes(element.value);
      } else if (element instanceof HTMLInputElement && element.type === 'search') {
        element.value = searchParams.get(element.name) ?? '';
      } else if (element instanceof HTMLSelectElement) {
        element.value = searchParams.get(element.name) ?? element.options[0]?.value ?? '';
      }
    }
  }, [searchParams]);

  function load(form: HTMLFormElement) {
    const query = queryOf(form);
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  }

  return (
    <form
      ref={formRef}
      action={action}
      method="get"
      role="search"
      aria-label={label}
      aria-busy={pending || undefined}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        load(event.currentTarget);
      }}
      onChange={(event) => {
        const target = event.target as HTMLElement;
        if (target instanceof HTMLInputElement && target.type === 'search') return;
        load(event.currentTarget);
      }}
    >
      {children}
      <p className="ww-catalogue__pending" role="status">
        {pending ? updatingText : ''}
      </p>
    </form>
  );
}
