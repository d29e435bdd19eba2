import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Checkbox';
import { CheckboxGroup } from '@/components/ui/CheckboxGroup';
import { FormField } from '@/components/ui/FormField';
import { Select } from '@/components/ui/Select';
import { Textarea } from '@/components/ui/Textarea';
import { TextInput } from '@/components/ui/TextInput';
import type { Locale } from '@/lib/i18n/routing';
import { THEME_DOMAINS } from '@/lib/themes/theme-schema';
import type { ThemeEntry, ThemeVocabulary } from '@/lib/themes/theme-vocabulary';

interface Props {
  /** The server action the form posts to (works without JavaScript). */
  action: (formData: FormData) => Promise<void>;
  /** The theme being changed, or none for a new one. */
  theme?: ThemeEntry & { updatedAt: Date };
  themes: ThemeVocabulary;
  locale: Locale;
  /** The field the last save refused, to mark it. */
  invalidField: string | null;
}

/** Add or change a theme of the learning agenda: names, description, group, related themes, gap mark with reason. */
export async function ThemeForm({ action, theme, themes, locale, invalidField }: Props) {
  const t = await getTranslations('BeheerLeeragenda');
  const error = (field: string) => (invalidField === field ? t('fieldInvalid') : undefined);
  const prefix = theme ? `theme-${theme.id}` : 'new-theme';
  const related = themes.all.filter((other) => other.id !== theme?.id && (other.retiredAt === null || theme?.relatedThemeIds.includes(other.id)));
  return (
    <form action={action} className="max-w-3xl">
      {theme ? (
        <>
          <input type="hidden" name="themeId" value={theme.id} />
          <input type="hidden" name="seenAt" value={theme.updatedAt.toISOString()} />
          <input type="hidden" name="intent" value="save" />
        </>
      ) : (
        <FormField id={`${prefix}-id`} label={t('fields.id')} description={t('fields.idHint')} requirement="required" error={error('id')}>
          {(control) => <TextInput {...control} name="id" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={80} />}
        </FormField>
      )}
      <FormField id={`${prefix}-nameNl`} label={t('fields.nameNl')} requirement="required" error={error('nameNl')}>
        {(control) => <TextInput {...control} name="nameNl" required maxLength={120} defaultValue={theme?.nameNl} />}
      </FormField>
      <FormField id={`${prefix}-nameEn`} label={t('fields.nameEn')} requirement="required" error={error('nameEn')}>
        {(control) => <TextInput {...control} name="nameEn" lang="en" required maxLength={120} defaultValue={theme?.nameEn} />}
      </FormField>
      <FormField id={`${prefix}-descriptionNl`} label={t('fields.descriptionNl')} requirement="required" error={error('descriptionNl')}>
        {(control) => <Textarea {...control} name="descriptionNl" rows={4} required maxLength={2000} defaultValue={theme?.descriptionNl} />}
      </FormField>
      <FormField id={`${prefix}-descriptionEn`} label={t('fields.descriptionEn')} requirement="required" error={error('descriptionEn')}>
        {(control) => <Textarea {...control} name="descriptionEn" lang="en" rows={4} required maxLength={2000} defaultValue={theme?.descriptionEn} />}
      </FormField>
      <FormField id={`${prefix}-domain`} label={t('fields.domain')} requirement="required" error={error('domain')}>
        {(control) => (
          <Select {...control} name="domain" defaultValue={theme?.domain ?? 'cross-cutting'}>
            {THEME_DOMAINS.map((domain) => (
              <option key={domain} value={domain}>
                {t(`domains.${domain}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <details className="ww-filter">
        <summary>{t('fields.relatedThemeIds')}</summary>
        <CheckboxGroup
          id={`${prefix}-related`}
          name="relatedThemeIds"
          legend={t('fields.relatedThemeIds')}
          error={error('relatedThemeIds')}
          options={related.map((other) => ({ value: other.id, label: themes.name(other.id, locale) }))}
          defaultValue={theme?.relatedThemeIds ?? []}
        />
      </details>
      <Checkbox id={`${prefix}-gap`} name="isGapTheme" value="true" defaultChecked={theme?.isGapTheme ?? false} label={t('fields.isGapTheme')} description={t('fields.isGapThemeHint')} />
      <FormField id={`${prefix}-gapReasonNl`} label={t('fields.gapReasonNl')} description={t('fields.gapReasonHint')} error={error('gapReasonNl')}>
        {(control) => <Textarea {...control} name="gapReasonNl" rows={3} maxLength={1000} defaultValue={theme?.gapReasonNl ?? ''} />}
      </FormField>
      <FormField id={`${prefix}-gapReasonEn`} label={t('fields.gapReasonEn')} error={error('gapReasonEn')}>
        {(control) => <Textarea {...control} name="gapReasonEn" lang="en" rows={3} maxLength={1000} defaultValue={theme?.gapReasonEn ?? ''} />}
      </FormField>
      <Button type="submit" purpose="primary">
        {theme ? t('save') : t('add')}
      </Button>
    </form>
  );
}
