// Mailer port over MailApp. Never retried: a send that timed out may have gone out.
import type { Mailer } from "../app/ports";

export const SENDER_NAME = "Pantau KDKMP";

export class AppsScriptMail implements Mailer {
  constructor(private readonly mail: GoogleAppsScript.Mail.MailApp) {}

  remainingDailyQuota(): number {
    return this.mail.getRemainingDailyQuota();
  }

  send(to: string[], subject: string, body: string): void {
    this.mail.sendEmail({ to: to.join(","), subject, body, name: SENDER_NAME });
  }
}
