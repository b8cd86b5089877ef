// MailApp fake: messages go to an inspectable outbox; the daily recipient quota, refused addresses and
// bounces are modelled. https://developers.google.com/apps-script/reference/mail/mail-app
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
  /** Recipients left today (100 on a consumer account, 1,500 on Workspace). */
  remaining: number;
  /** Addresses that accept the send and bounce later (a delivery-failure message to the sender's inbox). */
  bouncing?: Set<string>;
  /** The delivery-failure notices the sender's inbox would get, one per bounced recipient. */
  bounces?: Array<{ to: string; subject: string }>;
}

type Options = Partial<Omit<SentMail, "to" | "subject" | "body">> & Record<string, unknown>;

/** Loose address shape: Gmail refuses the whole send when one recipient does not fit it. */
const ADDRESS = /^[^\s@,;<>()"]+@[^\s@,;<>()".]+(\.[^\s@,;<>()".]+)+$/;

export function createMailApp(ledger: CallLedger, state: MailState): object {
  const send = (mail: SentMail) => {
    const recipients = [mail.to, mail.cc, mail.bcc].filter(Boolean).join(",").split(",").map((s) => s.trim()).filter((s) => s);
    if (recipients.length === 0) throw new Error("Failed to send email: no recipient");
    const bad = recipients.find((r) => !ADDRESS.test(r));
    if (bad !== undefined) throw new Error(`Invalid email: ${bad}`);
    if (recipients.length > state.remaining) {
      throw new Error("Service invoked too many times for one day: email.");
    }
    state.remaining -= recipients.length;
    state.outbox.push(mail);
    for (const r of recipients) {
      if (state.bouncing?.has(r.toLowerCase())) (state.bounces ??= []).push({ to: r, subject: mail.subject });
    }
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
