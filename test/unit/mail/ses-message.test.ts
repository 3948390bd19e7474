import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeAsSes } from '../../../local/ses-composer.ts';
import { mailbox, sendEmailRequest } from '#shared/platform/mail/ses-mailer.ts';
import type { EmailMessage } from '#shared/platform/mail/email-message.ts';

const message: EmailMessage = {
  template: 'application-receipt',
  to: [{ name: 'Åse Øvrebø', address: 'ase@verdal.kommune.no' }, { name: 'Hansen, Kari "K"', address: 'kari@verdal.kommune.no' }, { address: 'post@verdal.kommune.no' }],
  subject: 'Søknaden er motteken – Verdal',
  text: 'Hei!\nSøknaden frå Verdal kommune er motteken.\n',
  language: 'nn',
  correlationId: 'corr-1',
};

describe('the SES request', () => {
  it('is a simple UTF-8 message with the language and correlation headers', () => {
    const request = sendEmailRequest(message, 'Kvalitetskommuneprogrammet <post@kvalitetskommune.no>');
    expect(request.FromEmailAddress).toBe('Kvalitetskommuneprogrammet <post@kvalitetskommune.no>');
    expect(request.Content?.Raw).toBeUndefined();
    expect(request.Content?.Simple?.Subject).toEqual({ Data: message.subject, Charset: 'UTF-8' });
    expect(request.Content?.Simple?.Body?.Text).toEqual({ Data: message.text, Charset: 'UTF-8' });
    expect(request.Content?.Simple?.Headers).toEqual([
      { Name: 'Content-Language', Value: 'nn' },
      { Name: 'X-Correlation-Id', Value: 'corr-1' },
    ]);
    expect(sendEmailRequest({ ...message, language: 'nb', correlationId: undefined }, 'x@y.no').Content?.Simple?.Headers).toEqual([{ Name: 'Content-Language', Value: 'nb' }]);
  });

  it('writes names outside ASCII as RFC 2047 encoded words and quotes the others', () => {
    expect(mailbox({ name: 'Åse Øvrebø', address: 'ase@verdal.kommune.no' })).toBe(`=?UTF-8?B?${Buffer.from('Åse Øvrebø').toString('base64')}?= <ase@verdal.kommune.no>`);
    expect(mailbox({ name: 'Hansen, Kari "K"', address: 'kari@verdal.kommune.no' })).toBe('"Hansen, Kari \\"K\\"" <kari@verdal.kommune.no>');
    expect(mailbox({ address: 'post@verdal.kommune.no' })).toBe('post@verdal.kommune.no');
  });
});

describe('the local stand-in composing it as SES would', () => {
  it('gives a MIME message whose names, subject, text and headers read back unchanged', async () => {
    const request = JSON.parse(JSON.stringify(sendEmailRequest(message, 'post@kvalitetskommune.no')));
    const parsed = await simpleParser((await composeAsSes(request))!);
    expect(parsed.subject).toBe(message.subject);
    expect(parsed.text).toBe(message.text);
    expect(parsed.headers.get('content-language')).toBe('nn');
    expect(parsed.headers.get('x-correlation-id')).toBe('corr-1');
    const to = Array.isArray(parsed.to) ? parsed.to.flatMap((a) => a.value) : parsed.to!.value;
    expect(to.map((a) => [a.name, a.address])).toEqual([
      ['Åse Øvrebø', 'ase@verdal.kommune.no'],
      ['Hansen, Kari "K"', 'kari@verdal.kommune.no'],
      ['', 'post@verdal.kommune.no'],
    ]);
  });

  it('takes raw messages as they are and refuses a message without a recipient', async () => {
    expect((await composeAsSes({ Content: { Raw: { Data: Buffer.from('Subject: x\r\n\r\nhei').toString('base64') } } }))!.toString()).toBe('Subject: x\r\n\r\nhei');
    expect(await composeAsSes({ FromEmailAddress: 'a@b.no', Destination: { ToAddresses: [] }, Content: { Simple: { Subject: { Data: 'x' } } } })).toBeUndefined();
  });
});
