import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Checkbox';
import { FormField } from '@/components/ui/FormField';
import { Select } from '@/components/ui/Select';
import { Textarea } from '@/components/ui/Textarea';
import { TextInput } from '@/components/ui/TextInput';
import { instantToLocal } from '@/lib/agenda/meeting-time';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import { themeOptions, type ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import type { Meeting } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/i18n/routing';
import { LEARNING_FORM_IDS } from '@/lib/reference/ids';
import { PROVINCES, TARGET_GROUPS } from '@/lib/reference/vocabularies';

/** The team's form for a meeting (new or edit): plain HTML, posting to a server action, works without JavaScript. */
export async function MeetingAdminForm({ action, meeting, offeringSlug, offerings, locale, themes }: {
  themes: ThemeVocabulary;
  action: (formData: FormData) => Promise<void>;
  meeting?: Meeting;
  offeringSlug?: string;
  offerings: { slug: string; title: string }[];
  locale: Locale;
}) {
  const f = await getTranslations('MeetingProposal.fields');
  const t = await getTranslations('BeheerAgenda');
  const vocab = await getTranslations('vocab');
  return (
    <form action={action} className="max-w-3xl">
      {meeting ? (
        <>
          <input type="hidden" name="meetingId" value={meeting.id} />
          <input type="hidden" name="sequence" value={meeting.sequence} />
        </>
      ) : null}
      <FormField id="meeting-title" label={f('title')} requirement="required">
        {(control) => <TextInput {...control} name="title" required defaultValue={meeting?.title} />}
      </FormField>
      <FormField id="meeting-summary" label={f('summary')} requirement="required">
        {(control) => <Textarea {...control} name="summary" rows={4} required defaultValue={meeting?.summary} />}
      </FormField>
      <FormField id="meeting-offering" label={f('offering')} description={t('offeringHint')}>
        {(control) => (
          <Select {...control} name="offering" defaultValue={offeringSlug ?? ''}>
            <option value="">{t('teamProgramme')}</option>
            {offerings.map((offering) => (
              <option key={offering.slug} value={offering.slug}>
                {offering.title}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="meeting-start" label={f('start')} description={f('startHint')} requirement="required">
        {(control) => <TextInput {...control} type="datetime-local" name="start" required className="max-w-72" defaultValue={meeting ? instantToLocal(meeting.startsAt) : undefined} />}
      </FormField>
      <FormField id="meeting-end" label={f('end')} requirement="required">
        {(control) => <TextInput {...control} type="datetime-local" name="end" required className="max-w-72" defaultValue={meeting ? instantToLocal(meeting.endsAt) : undefined} />}
      </FormField>
      <FormField id="meeting-recurrence" label={f('recurrence')} description={f('recurrenceHint')}>
        {(control) => <TextInput {...control} name="recurrence" spellCheck={false} defaultValue={meeting?.recurrence ?? ''} />}
      </FormField>
      <Checkbox id="meeting-online" name="online" value="true" defaultChecked={meeting?.online} label={f('online')} />
      <FormField id="meeting-place" label={f('place')}>
        {(control) => <TextInput {...control} name="place" defaultValue={meeting?.place ?? ''} />}
      </FormField>
      <FormField id="meeting-municipality" label={f('municipality')}>
        {(control) => <TextInput {...control} name="municipality" defaultValue={meeting?.municipality ?? ''} />}
      </FormField>
      <FormField id="meeting-province" label={f('province')}>
        {(control) => (
          <Select {...control} name="province" defaultValue={meeting?.province ?? ''}>
            <option value="">{f('noProvince')}</option>
            {PROVINCES.map((value) => (
              <option key={value} value={value}>
                {vocab(`provinces.${value}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="meeting-online-url" label={f('onlineUrl')}>
        {(control) => <TextInput {...control} type="url" name="onlineUrl" defaultValue={meeting?.onlineUrl ?? ''} />}
      </FormField>
      <FormField id="meeting-link-visibility" label={f('linkVisibility')}>
        {(control) => (
          <Select {...control} name="linkVisibility" defaultValue={meeting?.linkVisibility ?? 'registered'}>
            <option value="registered">{f('linkRegistered')}</option>
            <option value="public">{f('linkPublic')}</option>
          </Select>
        )}
      </FormField>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend">{f('themes')}</legend>
        <div className="ww-options">
          {themeOptions(themes, locale, meeting?.themes).map(({ value: id, label }) => (
            <Checkbox key={id} id={`meeting-theme-${id}`} name="themes" value={id} defaultChecked={meeting?.themes.includes(id)} label={label} />
          ))}
        </div>
      </fieldset>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend">{f('targetGroups')}</legend>
        <div className="ww-options">
          {TARGET_GROUPS.map((value) => (
            <Checkbox key={value} id={`meeting-target-${value}`} name="targetGroups" value={value} defaultChecked={meeting?.targetGroups.includes(value)} label={vocab(`targetGroups.${value}`)} />
          ))}
        </div>
      </fieldset>
      <FormField id="meeting-form" label={f('learningForm')}>
        {(control) => (
          <Select {...control} name="learningForm" defaultValue={meeting?.learningFormId ?? ''}>
            <option value="">{f('chooseForm')}</option>
            {LEARNING_FORM_IDS.map((id) => (
              <option key={id} value={id}>
                {learningFormName(id, locale)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="meeting-capacity" label={f('capacity')}>
        {(control) => <TextInput {...control} type="number" min={1} name="capacity" className="max-w-40" defaultValue={meeting?.capacity ?? ''} />}
      </FormField>
      <FormField id="meeting-registration-url" label={f('registrationUrl')}>
        {(control) => <TextInput {...control} type="url" name="registrationUrl" defaultValue={meeting?.registrationUrl ?? ''} />}
      </FormField>
      <FormField id="meeting-registration-email" label={f('registrationEmail')}>
        {(control) => <TextInput {...control} type="email" name="registrationEmail" defaultValue={meeting?.registrationEmail ?? ''} />}
      </FormField>
      <FormField id="meeting-status" label={t('status')}>
        {(control) => (
          <Select {...control} name="status" defaultValue={meeting?.status ?? 'scheduled'}>
            <option value="scheduled">{t('statuses.scheduled')}</option>
            <option value="cancelled">{t('statuses.cancelled')}</option>
          </Select>
        )}
      </FormField>
      <Button type="submit" purpose="primary">
        {t('save')}
      </Button>
    </form>
  );
}
