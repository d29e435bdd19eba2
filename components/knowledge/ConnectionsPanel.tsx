import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { Select } from '@/components/ui/Select';
import { TextInput } from '@/components/ui/TextInput';
import type { ConnectedNetwork } from '@/lib/connections/offering-connections';
import { CONNECTION_KINDS } from '@/lib/knowledge/knowledge-vocabularies';

type Action = (formData: FormData) => Promise<void>;

/** In /beheer/aanbod/<id>: the offering's connections with other networks, to add and remove (plain forms). */
export function ConnectionsPanel({
  offeringId,
  connections,
  candidates,
  connect,
  disconnect,
  knowledge,
}: {
  offeringId: string;
  connections: ConnectedNetwork[];
  candidates: { id: string; title: string }[];
  connect: Action;
  disconnect: Action;
  /** The knowledge products linked to this offering, every product to choose from, and the action. */
  knowledge: { linked: { id: string; title: string }[]; products: { id: string; title: string }[]; link: Action };
}) {
  const t = useTranslations('Connections');
  return (
    <section aria-labelledby="connections" className="mt-8 max-w-3xl">
      <Heading level={2} id="connections">
        {t('beheer.title')}
      </Heading>
      {connections.length === 0 ? <Paragraph>{t('beheer.none')}</Paragraph> : null}
      <ul className="utrecht-unordered-list">
        {connections.map((connection) => (
          <li key={connection.connectionId} className="utrecht-unordered-list__item">
            <InternalLink href={`/beheer/aanbod/${connection.offeringId}`}>{connection.title}</InternalLink> — {t(`kinds.${connection.kind}` as never)}
            {connection.note ? `: ${connection.note}` : ''}
            <form action={disconnect} className="inline-block ml-4">
              <input type="hidden" name="offeringId" value={offeringId} />
              <input type="hidden" name="connectionId" value={connection.connectionId} />
              <Button type="submit" purpose="subtle">{t('beheer.remove', { title: connection.title })}</Button>
            </form>
          </li>
        ))}
      </ul>
      <form action={connect}>
        <input type="hidden" name="offeringId" value={offeringId} />
        <FormField id="connection-other" label={t('beheer.to')} requirement="required">
          {(control) => (
            <Select {...control} name="otherOfferingId">
              {candidates
                .filter((candidate) => candidate.id !== offeringId)
                .map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.title}
                  </option>
                ))}
            </Select>
          )}
        </FormField>
        <FormField id="connection-kind" label={t('beheer.kind')} requirement="required">
          {(control) => (
            <Select {...control} name="kind">
              {CONNECTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="connection-note" label={t('beheer.note')} requirement="optional">
          {(control) => <TextInput {...control} name="note" maxLength={500} />}
        </FormField>
        <Button type="submit">{t('beheer.add')}</Button>
      </form>
      <Heading level={3}>{t('beheer.knowledgeTitle')}</Heading>
      <ul className="utrecht-unordered-list">
        {knowledge.linked.map((product) => (
          <li key={product.id} className="utrecht-unordered-list__item">
            <InternalLink href={`/beheer/kennisbank/${product.id}`}>{product.title}</InternalLink>
            <form action={knowledge.link} className="inline-block ml-4">
              <input type="hidden" name="offeringId" value={offeringId} />
              <input type="hidden" name="productId" value={product.id} />
              <input type="hidden" name="op" value="unlink" />
              <Button type="submit" purpose="subtle">{t('beheer.knowledgeRemove', { title: product.title })}</Button>
            </form>
          </li>
        ))}
      </ul>
      <form action={knowledge.link}>
        <input type="hidden" name="offeringId" value={offeringId} />
        <input type="hidden" name="op" value="link" />
        <FormField id="knowledge-product" label={t('beheer.knowledgeProduct')} requirement="required">
          {(control) => (
            <Select {...control} name="productId">
              {knowledge.products.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.title}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit">{t('beheer.knowledgeAdd')}</Button>
      </form>
    </section>
  );
}
