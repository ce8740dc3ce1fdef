import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SandboxMode } from '../sandbox-mode/sandbox-mode';
import { SandboxHint } from './sandbox-hint';

@Component({
  imports: [SandboxHint],
  template: '<pt-sandbox-hint>Le courriel arrive dans la boîte de réception simulée.</pt-sandbox-hint>',
})
class Host {}

describe('SandboxHint', () => {
  let fixture: ComponentFixture<Host>;

  async function render(): Promise<HTMLElement> {
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return fixture.nativeElement.querySelector('pt-sandbox-hint') as HTMLElement;
  }

  it('says what the sandbox did instead, while the sandbox mode is not known yet', async () => {
    const hint = await render();
    expect(hint.style.display).toBe('');
    expect(hint.textContent).toContain('Bac à sable');
    expect(hint.textContent).toContain('Le courriel arrive dans la boîte de réception simulée.');
  });

  it('shows when the sandbox is on and hides when it is off', async () => {
    const mode = TestBed.inject(SandboxMode);
    mode.report(true);
    const hint = await render();
    expect(hint.style.display).toBe('');

    mode.report(false);
    await fixture.whenStable();
    expect(hint.style.display).toBe('none');
  });
});
