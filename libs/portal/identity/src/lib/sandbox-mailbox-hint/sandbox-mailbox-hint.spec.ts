import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SandboxMode } from '@portail/portal-ui';
import { SandboxMailboxHint } from './sandbox-mailbox-hint';

describe('SandboxMailboxHint', () => {
  async function render(sandboxOn: boolean | null = null): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    if (sandboxOn !== null) {
      TestBed.inject(SandboxMode).report(sandboxOn);
    }
    const fixture = TestBed.createComponent(SandboxMailboxHint);
    fixture.componentRef.setInput('recipient', 'paul.durand@cabinet-martin.fr');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('points to the recipient’s simulated mailbox', async () => {
    const element = await render();
    expect(element.querySelector('pt-sandbox-hint')?.getAttribute('style') ?? '').not.toContain('none');
    expect(element.querySelector('a')?.getAttribute('href')).toBe(
      '/bac-a-sable/courriels?destinataire=paul.durand@cabinet-martin.fr',
    );
  });

  it('is hidden when the portal runs without its sandbox', async () => {
    const element = await render(false);
    expect((element.querySelector('pt-sandbox-hint') as HTMLElement).style.display).toBe('none');
  });
});
