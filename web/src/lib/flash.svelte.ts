import type { MessageKey, MessageParams } from './i18n/translate';

/** A confirmation to show on the next page (e.g. "Organisatie toegevoegd" on the list). */
export interface FlashMessage {
  key: MessageKey;
  params?: MessageParams;
}

class Flash {
  message: FlashMessage | null = $state(null);

  set(message: FlashMessage): void {
    this.message = message;
  }

  /** Returns the message once and forgets it. */
  take(): FlashMessage | null {
    const message = this.message;
    this.message = null;
    return message;
  }
}

export const flash = new Flash();
