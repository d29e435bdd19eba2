// npm run user:create -- --email <e> --role admin|coordinator [--name <n>] [--generate]
// Asks for the password on a terminal, reads it from standard input otherwise, or with --generate
// makes one and prints it once.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createPrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { generatePassword } from '@/lib/auth/password';
import { createTeamMember, TEAM_ROLES } from '@/lib/team/create-team-member';
import { UserFacingError } from '@/lib/errors';
import { runWithDatabase } from './run-script';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    return input.split('\n')[0]!.replace(/\r$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(question);
      // Do not echo what is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
      rl.question('', (answer) => {
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  const second = await ask('Password again: ');
  rl.close();
  if (first !== second) throw new UserFacingError('The two passwords differ; run the command again.');
  return first;
}

await runWithDatabase(async ({ database }) => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string', default: 'coordinator' }, name: { type: 'string' }, generate: { type: 'boolean', default: false } },
  });
  if (!values.email) throw new UserFacingError('Give the e-mail address: npm run user:create -- --email you@example.nl --role admin');
  if (!TEAM_ROLES.includes(values.role as never)) throw new UserFacingError(`The role must be one of: ${TEAM_ROLES.join(', ')}.`);
  const password = values.generate ? generatePassword() : await readPassword();
  await migrate(database.url);
  const prisma = createPrismaClient(database.url);
  try {
    await createTeamMember(prisma, { email: values.email, name: values.name, role: values.role as 'admin', password }, { actorLabel: 'cli' });
  } finally {
    await prisma.$disconnect();
  }
  console.log(`Created ${values.role} account ${values.email}.`);
  if (values.generate) console.log(`Password (shown only now): ${password}`);
});
