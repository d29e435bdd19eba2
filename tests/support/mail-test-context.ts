// For integration tests about outgoing mail: the test database, an SMTP server on loopback, and an
// outbox in which only the test file's own mail is due.
import { afterAll, beforeAll, inject } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

export function setUpMailTest(): { prisma: Db; sink: SmtpSink } {
  const context = {} as { prisma: Db; sink: SmtpSink };
  beforeAll(async () => {
    process.env.DATABASE_URL = inject('databaseUrl');
    context.prisma = createPrismaClient(inject('databaseUrl'));
    context.sink = await startSmtpSink();
    await context.prisma.outboundEmail.updateMany({ where: { status: { in: ['queued', 'sending'] } }, data: { status: 'sent' } });
  });
  afterAll(async () => {
    await context.prisma.$disconnect();
    await context.sink.close();
  });
  return context;
}
