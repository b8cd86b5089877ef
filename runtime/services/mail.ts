// MailApp fake: messages go to an inspectable outbox; the daily recipient quota is counted.
// https://developers.google.com/apps-script/reference/mail/mail-app
import { guard, type CallLedger } from "../calls";

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  cc?: string;
  bcc?: string;
  name?: string;
  replyTo?: string;
}

export interface MailState {
  outbox: SentMail[];
  remaining: number;
}

type Options = Partial<Omit<SentMail, "to" | "subject" | "body">> & Record<string, unknown>;

export function createMailApp(ledger: CallLedger, state: MailState): object {
  const send = (mail: SentMail) => {
    const recipients = [mail.to, mail.cc, mail.bcc].filter(Boolean).join(",").split(",").filter((s) => s.trim());
    if (recipients.length === 0) throw new Error("Failed to send email: no recipient");
    if (recipients.length > state.remaining) {
      throw new Error("Service invoked too many times for one day: email.");
    }
    state.remaining -= recipients.length;
    state.outbox.push(mail);
  };
  return guard(
    {
      sendEmail: (a: unknown, subject?: string, body?: string, options?: Options) => {
        ledger.record("MailApp", "sendEmail");
        if (typeof a === "object" && a !== null) {
          const m = a as SentMail & Options;
          send({ ...m, to: String(m.to ?? ""), subject: String(m.subject ?? ""), body: String(m.body ?? "") });
        } else {
          send({ ...(options ?? {}), to: String(a), subject: String(subject ?? ""), body: String(body ?? "") });
        }
      },
      getRemainingDailyQuota: () => (ledger.record("MailApp", "getRemainingDailyQuota"), state.remaining),
    },
    "MailApp",
  );
}
