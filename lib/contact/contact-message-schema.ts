// A question or suggestion for the coordination team (/contact): one schema for form and server.
import { z } from 'zod';

export const contactMessageSchema = z.object({
  name: z.string().trim().min(2).max(120),
  email: z.email().max(254),
  organisation: z.string().trim().max(200).optional(),
  subject: z.string().trim().min(3).max(150),
  message: z.string().trim().min(10).max(5000),
});

export type ContactMessageInput = z.input<typeof contactMessageSchema>;
export type ContactMessage = z.output<typeof contactMessageSchema>;
