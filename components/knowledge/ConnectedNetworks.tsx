import { useTranslations } from 'next-intl';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import type { ConnectedNetwork } from '@/lib/connections/offering-connections';

/** The networks the team connected with an offering, each with its reason. Nothing when there are none. */
export function ConnectedNetworks({ networks, headingLevel = 2, id = 'connected-networks' }: { networks: ConnectedNetwork[]; headingLevel?: 2 | 3 | 4; id?: string }) {
  const t = useTranslations('Connections');
  if (networks.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-8">
      <Heading level={headingLevel} id={id}>
        {t('title')}
      </Heading>
      {headingLevel === 2 ? <Paragraph>{t('intro')}</Paragraph> : null}
      <ul className="utrecht-unordered-list">
        {networks.map((network) => (
          <li key={network.connectionId} className="utrecht-unordered-list__item">
            <InternalLink href={`/aanbod/${network.slug}`}>{network.title}</InternalLink> — {t(`kinds.${network.kind}` as never)}
            {network.note ? `: ${network.note}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
