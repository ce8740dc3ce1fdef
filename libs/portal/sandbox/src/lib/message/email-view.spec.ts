import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { OutboundMessageDetail } from '@portail/domain';
import { aMessage } from '../testing/sandbox-testing';
import { EmailView } from './email-view';

@Component({ template: '' })
class ValidationStub {}

const EMAIL: OutboundMessageDetail = aMessage({
  body: 'Bonjour,\n\nPour valider votre adresse, cliquez sur <b>x</b> ci-dessous.\n<script>alert(1)</script>\n\nL’équipe du Portail Tiers',
  links: [
    { label: 'Valider mon adresse courriel', href: '/inscription/validation?jeton=abc123' },
    { label: 'Piège', href: 'javascript:alert(1)' },
  ],
});

describe('EmailView', () => {
  async function render(message: OutboundMessageDetail): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'inscription/validation', component: ValidationStub }])],
    });
    const fixture = TestBed.createComponent(EmailView);
    fixture.componentRef.setInput('message', message);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the subject, the recipient and the date', async () => {
    const element = await render(EMAIL);
    expect(element.querySelector('h1')?.textContent).toBe('Validez votre adresse courriel');
    expect(element.querySelector('.message__meta')?.textContent).toContain('claire.martin@cabinet-martin.fr');
    expect(element.querySelector('.message__meta time')?.textContent).toBe('27 novembre 2026 à 16:30');
  });

  it('splits the body into paragraphs and never interprets HTML in it', async () => {
    const element = await render(EMAIL);
    const paragraphs = Array.from(element.querySelectorAll('.message__body p'), (p) => p.textContent);
    expect(paragraphs).toEqual([
      'Bonjour,',
      'Pour valider votre adresse, cliquez sur <b>x</b> ci-dessous.\n<script>alert(1)</script>',
      'L’équipe du Portail Tiers',
    ]);
    expect(element.querySelector('.message__body b')).toBeNull();
    expect(element.querySelector('.message__body script')).toBeNull();
  });

  it('renders a portal link as a button that the router follows', async () => {
    const element = await render(EMAIL);
    const link = Array.from(element.querySelectorAll<HTMLAnchorElement>('.message__links a')).find(
      (a) => a.textContent?.trim() === 'Valider mon adresse courriel',
    );
    expect(link).toBeDefined();
    expect(link?.classList).toContain('mat-mdc-button-base');
    expect(link?.getAttribute('href')).toBe('/inscription/validation?jeton=abc123');

    link?.click();
    await TestBed.inject(Router).navigated;
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe('/inscription/validation?jeton=abc123'));
  });

  it('does not turn a non-web address into a link', async () => {
    const element = await render(EMAIL);
    const hrefs = Array.from(element.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(hrefs.some((href) => href?.startsWith('javascript'))).toBe(false);
    expect(element.querySelector('.message__links')?.textContent).toContain('Piège');
  });

  it('says what became of each link, in words, and until when it works', async () => {
    const element = await render(
      aMessage({
        links: [
          { label: 'Valide', href: '/a', status: 'valide', expiresAt: '2026-11-28T15:30:00.000Z' },
          { label: 'Utilisé', href: '/b', status: 'utilise', expiresAt: '2026-11-28T15:30:00.000Z' },
          { label: 'Expiré', href: '/c', status: 'expire', expiresAt: '2026-11-28T15:30:00.000Z' },
          { label: 'Remplacé', href: '/d', status: 'remplace' },
          { label: 'Sans jeton', href: '/e' },
        ],
      }),
    );
    const rows = Array.from(element.querySelectorAll('.message__link'), (row) => [
      row.querySelector('.link-status')?.textContent ?? null,
      row.querySelector('.link-status')?.className ?? null,
      row.querySelector('.link-expiry')?.textContent ?? null,
    ]);
    expect(rows).toEqual([
      ['Valide', 'link-status link-status--valide', 'Valable jusqu’au 28 novembre 2026 à 16:30'],
      ['Utilisé', 'link-status link-status--utilise', 'Échéance : 28 novembre 2026 à 16:30'],
      ['Expiré', 'link-status link-status--expire', 'Expiré depuis le 28 novembre 2026 à 16:30'],
      ['Remplacé par un lien plus récent', 'link-status link-status--remplace', null],
      [null, null, null],
    ]);
  });

  it('says that a bounced e-mail never arrived', async () => {
    expect((await render(EMAIL)).querySelector('.message__bounced')).toBeNull();
    TestBed.resetTestingModule();
    const element = await render({ ...EMAIL, bounced: true });
    expect(Array.from(element.querySelectorAll('.message__bounced p'), (p) => p.textContent?.trim())).toEqual([
      'Non distribué : adresse injoignable',
      'Ce courriel n’est jamais arrivé : claire.martin@cabinet-martin.fr ne l’a pas reçu.',
    ]);
  });
});
