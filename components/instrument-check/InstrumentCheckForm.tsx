import { getLocale, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { Fieldset } from '@/components/ui/Fieldset';
import { RadioGroup } from '@/components/ui/RadioGroup';
import { localisedPath, type Locale } from '@/lib/i18n/routing';
import { ANSWERS, CONDITIONS, GOALS, NJI_QUESTIONS, type InstrumentCheckAnswers } from '@/lib/instrument-check/instrument-check';

/** Where the check answers (a page rendered per request: the answers are in its URL). The form itself is the same for everyone. */
export const INSTRUMENT_CHECK_PATH = '/leernetwerk-opzetten/instrumentcheck';

/**
 * "Is a learning network the right instrument?" as a plain GET form: the answers go in the URL and
 * the server renders the answer, so it works without JavaScript and the page can be prerendered.
 */
export async function InstrumentCheckForm({ answers = {}, idPrefix = 'check', questionToken }: { answers?: InstrumentCheckAnswers; idPrefix?: string; questionToken?: string }) {
  const t = await getTranslations('InstrumentCheck');
  const locale = (await getLocale()) as Locale;
  const yesNo = ANSWERS.map((value) => ({ value, label: t(`answers.${value}`) }));
  return (
    <form method="get" action={`${localisedPath(INSTRUMENT_CHECK_PATH, locale)}#antwoord`} className="max-w-3xl">
      {questionToken ? <input type="hidden" name="leervraag" value={questionToken} /> : null}
      <Fieldset id={`${idPrefix}-conditions`} legend={t('conditionsLegend')}>
        {CONDITIONS.map((condition) => (
          <RadioGroup key={condition} id={`${idPrefix}-${condition}`} name={condition} legend={t(`conditions.${condition}`)} options={yesNo} defaultValue={answers[condition]} />
        ))}
      </Fieldset>
      <RadioGroup id={`${idPrefix}-goal`} name="goal" legend={t('goalLegend')} options={GOALS.map((goal) => ({ value: goal, label: t(`goals.${goal}`) }))} defaultValue={answers.goal} />
      <Fieldset id={`${idPrefix}-nji`} legend={t('njiLegend')}>
        {NJI_QUESTIONS.map((question) => (
          <RadioGroup key={question} id={`${idPrefix}-${question}`} name={question} legend={t(`nji.${question}`)} options={yesNo} defaultValue={answers[question]} />
        ))}
      </Fieldset>
      <Button type="submit" purpose="secondary">
        {t('submit')}
      </Button>
    </form>
  );
}
