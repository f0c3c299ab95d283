/**
 * A stand-in for the element that hosts a lit reactive controller: it counts the updates
 * asked for, in a language the test sets.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../src/i18n/i18n.ts';

export interface FakeHost extends ReactiveControllerHost {
  lang: Lang;
  readonly controllers: ReactiveController[];
  /** How many times a controller asked for a render. */
  updates: number;
  /** Calls hostConnected of each controller, as an element does when put in the page. */
  connect(): void;
  disconnect(): void;
}

export function fakeHost(lang: Lang = 'en'): FakeHost {
  const host: FakeHost = {
    lang,
    controllers: [],
    updates: 0,
    addController: (controller) => void host.controllers.push(controller),
    removeController: (controller) => void host.controllers.splice(host.controllers.indexOf(controller), 1),
    requestUpdate: () => void host.updates++,
    get updateComplete() {
      return Promise.resolve(true);
    },
    connect: () => host.controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => host.controllers.forEach((c) => c.hostDisconnected?.()),
  };
  return host;
}
