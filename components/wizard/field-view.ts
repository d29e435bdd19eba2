// A wizard field as the form renders it: its description from lib/wizard/plan-steps.ts plus its
// texts in the visitor's language (resolved on the server, so the browser gets only what it shows).
import type { FieldDescription } from '@/lib/wizard/plan-steps';

export type FieldView = {
  name: string;
  kind: FieldDescription['kind'];
  label: string;
  hint?: string;
  required?: boolean;
  min?: number;
  max?: number;
  options?: { value: string; label: string; description?: string }[];
};

/** The state the step's server action returns (without JavaScript it re-renders the page with it). */
export type StepActionState =
  | { status: 'idle' }
  | { status: 'invalid'; fieldErrors: Record<string, string>; values: Record<string, unknown> }
  | { status: 'conflict'; version: number; values: Record<string, unknown> }
  | { status: 'rate-limited'; message: string };
