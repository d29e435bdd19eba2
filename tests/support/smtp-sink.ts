// A minimal SMTP server for the tests: it speaks just enough of the protocol (RFC 5321) for
// nodemailer to deliver, and keeps what it received. `failNext` makes the next messages fail with 451.
import net from 'node:net';

export interface SmtpSink {
  url: string;
  messages: { from: string; to: string[]; data: string }[];
  failNext(count: number): void;
  close(): Promise<void>;
}

/** `acceptDelayMs` holds each message's final answer back that long (a slow server, for crash tests). */
export async function startSmtpSink(options: { acceptDelayMs?: number } = {}): Promise<SmtpSink> {
  const messages: SmtpSink['messages'] = [];
  let failures = 0;
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    // A client that goes away (a killed app) must not take the sink down with it.
    socket.on('error', () => undefined);
    const reply = (line: string) => {
      if (!socket.destroyed) socket.write(`${line}\r\n`);
    };
    reply('220 sink ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let index: number;
      while ((index = buffer.indexOf('\r\n')) !== -1) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            if (failures > 0) {
              failures -= 1;
              reply('451 4.3.0 try again later');
            } else {
              const received = current;
              const accept = () => {
                messages.push(received);
                reply('250 2.0.0 queued');
              };
              if (options.acceptDelayMs) setTimeout(accept, options.acceptDelayMs);
              else accept();
            }
            current = { from: '', to: [], data: '' };
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') reply('250 sink');
        else if (command === 'MAIL') { current.from = line; reply('250 ok'); }
        else if (command === 'RCPT') { current.to.push(line); reply('250 ok'); }
        else if (command === 'DATA') { inData = true; reply('354 go ahead'); }
        else if (command === 'QUIT') { reply('221 bye'); socket.end(); }
        else reply('250 ok');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    failNext: (count) => { failures = count; },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
