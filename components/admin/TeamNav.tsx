import { getTranslations } from 'next-intl/server';
import { InternalLink } from '@/components/ui/InternalLink';
import type { TeamMember } from '@/lib/auth/require-team-member';
import { SignOutButton } from './SignOutButton';

/** The dashboard's own menu, shown to a signed-in team member above every /beheer page. */
export async function TeamNav({ member, signInPath }: { member: TeamMember; signInPath: string }) {
  const t = await getTranslations('admin.nav');
  const agenda = await getTranslations('BeheerLeeragenda');
  const knowledge = await getTranslations('BeheerKennisbank');
  const links = [
    { href: '/beheer', label: t('inbox') },
    { href: '/beheer/lacunes', label: t('gaps') },
    { href: '/beheer/aanbod', label: t('catalogue') },
    { href: '/beheer/leeragenda', label: agenda('nav') },
    { href: '/beheer/agenda', label: t('agenda') },
    { href: '/beheer/kennisbank', label: knowledge('nav') },
    { href: '/beheer/outbox', label: t('outbox') },
    { href: '/beheer/account', label: t('account') },
    ...(member.role === 'admin' ? [{ href: '/beheer/gebruikers', label: t('users') }] : []),
  ];
  return (
    <div className="ww-team-nav mb-6 flex flex-wrap items-center justify-between gap-4 border-b pb-4">
      <nav aria-label={t('label')}>
        <ul className="flex flex-wrap gap-4">
          {links.map((link) => (
            <li key={link.href}>
              <InternalLink href={link.href}>{link.label}</InternalLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex items-center gap-3">
        <span>{t('signedInAs', { name: member.name })}</span>
        <SignOutButton label={t('signOut')} signInPath={signInPath} />
      </div>
    </div>
  );
}
