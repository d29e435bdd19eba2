import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { CatalogueSubmissionForm } from '@/components/wizard/CatalogueSubmissionForm';
import { PlanPersonalData } from '@/components/privacy/PlanPersonalData';
import { Alert } from '@/components/ui/Alert';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Link } from '@/components/ui/Link';
import { Paragraph } from '@/components/ui/Paragraph';
import { PlanProgress } from '@/components/wizard/PlanProgress';
import { PlanWarningList } from '@/components/wizard/PlanWarningList';
import { ResumeLink } from '@/components/wizard/ResumeLink';
import { planFacts, summarisePlan } from '@/components/wizard/plan-summary';
import { SupportRequestForm } from '@/components/wizard/SupportRequestForm';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';
import { MENUKAART } from '@/lib/menukaart/menukaart-profiles';
import { exportNetworkPlan } from '@/lib/privacy/export-network-plan';
import { findNetworkPlan } from '@/lib/wizard/find-network-plan';
import { isStepFilled, stepsOf } from '@/lib/wizard/plan-steps';
import { planWarnings } from '@/lib/wizard/plan-warnings';
import { connection } from 'next/server';
import { loadThemes } from '@/lib/themes/load-themes';

type Props = PageProps<'/[locale]/leernetwerk-opzetten/plan/[token]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'wizard.plan' });
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

export default async function PlanSummaryPage({ params }: Props) {
  // Per request: it reads the database (and gets the CSP nonce of proxy.ts).
  await connection();
  const { locale: rawLocale, token } = await params;
  const locale = asLocale(rawLocale);
  setRequestLocale(locale);
  const plan = await findNetworkPlan(db(), token);
  if (!plan) notFound();
  const personalData = await exportNetworkPlan(db(), token);
  if (!personalData) notFound();

  const t = await getTranslations('wizard.plan');
  const steps = await summarisePlan(plan.route, plan.answers, locale, await loadThemes(db()));
  const warnings = planWarnings(plan.route, plan.answers, MENUKAART);
  const { form, noForm, facts } = planFacts(plan, steps, locale, (key, values) => t(key as never, values as never));
  const openSteps = steps.filter((step) => step.emptyLabels.length > 0);
  const firstOpen = stepsOf(plan.route).find((step) => !isStepFilled(plan.answers[step.id]))?.number ?? 1;

  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead">{plan.title ?? t('untitled')}</Paragraph>
      {plan.status === 'finished' ? <Alert type="ok" role="none">{t('finished')}</Alert> : null}

      <ResumeLink token={token} locale={locale} />
      <div className="ww-no-print">
        <div className="flex flex-wrap gap-4">
          <ButtonLink href={`/leernetwerk-opzetten/plan/${token}/stap/${firstOpen}`} purpose="secondary">
            {t('continue')}
          </ButtonLink>
          <Link href={`/api/netwerkplannen/${token}/pdf?lang=${locale}`} download>
            {t('download')}
          </Link>
        </div>
        <Paragraph>{t('print')}</Paragraph>
      </div>

      <div className="grid gap-x-12 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          <PlanWarningList warnings={warnings} heading={t('warnings')} />
          <section aria-labelledby="key-facts">
            <Heading level={2} id="key-facts">
              {t('chosenForm')}
            </Heading>
            {form ? (
              <>
                <Heading level={3}>{form.name}</Heading>
                <Paragraph>{form.description}</Paragraph>
              </>
            ) : (
              <Paragraph>{noForm ?? null}</Paragraph>
            )}
            <dl className="ww-summary-list">
              {facts.map((fact) => (
                <div key={fact.label}>
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          </section>

          <section aria-labelledby="answers">
            <Heading level={2} id="answers">
              {t('answers')}
            </Heading>
            {steps.map((step) => (
              <section key={step.number} aria-labelledby={`step-${step.number}`}>
                <Heading level={3} id={`step-${step.number}`}>
                  {t('stepLink', { number: step.number, title: step.title })}
                </Heading>
                <dl className="ww-summary-list">
                  {step.answers.map((line) => (
                    <div key={line.label}>
                      <dt>{line.label}</dt>
                      <dd className="whitespace-pre-line">{line.value ?? t('notAnswered')}</dd>
                    </div>
                  ))}
                </dl>
                <p className="utrecht-paragraph ww-no-print">
                  <InternalLink href={`/leernetwerk-opzetten/plan/${token}/stap/${step.number}`}>{t('edit', { number: step.number })}</InternalLink>
                </p>
              </section>
            ))}
          </section>

          <section aria-labelledby="open-points">
            <Heading level={2} id="open-points">
              {t('openPoints')}
            </Heading>
            {openSteps.length === 0 ? (
              <Paragraph>{t('noOpenPoints')}</Paragraph>
            ) : (
              <ul className="utrecht-unordered-list">
                {openSteps.map((step) => (
                  <li key={step.number} className="utrecht-unordered-list__item">
                    {t('openStep', { number: step.number, fields: step.emptyLabels.join(', ') })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside className="ww-no-print">
          <PlanProgress token={token} route={plan.route} answers={plan.answers} locale={locale} />
        </aside>
      </div>

      {plan.route === 'full' ? (
        <section aria-labelledby="catalogue" className="ww-no-print">
          <CatalogueHeading />
          <ClientMessages namespaces={['wizard', 'forms']}>
            <CatalogueSubmissionForm token={token} name={plan.contactName ?? undefined} email={plan.contactEmail ?? undefined} />
          </ClientMessages>
        </section>
      ) : null}

      <section aria-labelledby="support" className="ww-no-print">
        <SupportHeading />
        <ClientMessages namespaces={['wizard', 'forms']}>
          <SupportRequestForm token={token} defaults={{ contactName: plan.contactName ?? undefined, contactEmail: plan.contactEmail ?? undefined }} />
        </ClientMessages>
      </section>

      <div className="max-w-3xl">
        <PlanPersonalData data={personalData} token={token} locale={locale} />
      </div>
    </>
  );
}

async function CatalogueHeading() {
  const t = await getTranslations('wizard.catalogue');
  return (
    <>
      <Heading level={2} id="catalogue">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
    </>
  );
}

async function SupportHeading() {
  const t = await getTranslations('wizard.support');
  return (
    <>
      <Heading level={2} id="support">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
    </>
  );
}
