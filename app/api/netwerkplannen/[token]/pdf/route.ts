import { planFacts, summarisePlan } from '@/components/wizard/plan-summary';
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { notFoundJson } from '@/lib/forms/json-responses';
import { asLocale, getTranslator } from '@/lib/i18n/translate';
import { MENUKAART } from '@/lib/menukaart/menukaart-profiles';
import { findNetworkPlan } from '@/lib/wizard/find-network-plan';
import { renderPlanPdf } from '@/lib/wizard/render-plan-pdf';
import { toPdfText } from '@/lib/wizard/pdf-text';
import { slugify } from '@/lib/catalogue/slugify';
import { planWarnings } from '@/lib/wizard/plan-warnings';
import { warningText } from '@/components/wizard/warning-text';
import { loadThemes } from '@/lib/themes/load-themes';

/** "Plan voor ons leernetwerk" as a PDF: every answer, the chosen form, rhythm, group size, open points. */
export const GET = readRoute(async (request: Request, { params }: RouteContext<'/api/netwerkplannen/[token]/pdf'>) => {
  const { token } = await params;
  const locale = asLocale(new URL(request.url).searchParams.get('lang'));
  const plan = await findNetworkPlan(db(), token);
  if (!plan) return notFoundJson('Plan', 'Plan', locale);
  const tw = await getTranslator(locale, 'wizard');
  const tv = await getTranslator(locale, 'vocab');
  const t = (key: string, values?: Record<string, string | number>) => tw(`plan.${key}`, values);
  const steps = await summarisePlan(plan.route, plan.answers, locale, await loadThemes(db()));
  const { form, noForm, facts } = planFacts(plan, steps, locale, t);
  const warnings = planWarnings(plan.route, plan.answers, MENUKAART);
  const title = plan.title ?? t('untitled');
  const notAnswered = t('notAnswered');

  const pdf = await renderPlanPdf({
    heading: t('title'),
    title,
    facts: [{ label: t('chosenForm'), value: form ? `${form.name}\n${form.description}` : (noForm ?? t('noForm')) }, ...facts],
    sections: [
      ...steps.map((step) => ({
        title: t('stepLink', { number: step.number, title: step.title }),
        lines: step.answers.map((line) => ({ label: line.label, value: line.value ?? notAnswered })),
      })),
      {
        title: t('openPoints'),
        lines: steps
          .filter((step) => step.emptyLabels.length > 0)
          .map((step) => ({ label: t('stepLink', { number: step.number, title: step.title }), value: step.emptyLabels.join(', ') })),
      },
      ...(warnings.length > 0 ? [{ title: t('warnings'), lines: warnings.map((warning) => ({ label: tw('plan.stepLink', { number: warning.step, title: steps[warning.step - 1]!.title }), value: warningText(warning, tw, tv) })) }] : []),
    ],
    footer: tw('pdf.generated', { date: new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date()) }),
  });
  const filename = `plan-${slugify(toPdfText(title)).slice(0, 60) || 'leernetwerk'}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
});
