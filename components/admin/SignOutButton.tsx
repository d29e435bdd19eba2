'use client';

import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/Button';

/** Ends this browser's session and returns to the sign-in page. */
export function SignOutButton({ label, signInPath }: { label: string; signInPath: string }) {
  return (
    <Button purpose="secondary" onClick={() => void signOut({ callbackUrl: signInPath })}>
      {label}
    </Button>
  );
}
