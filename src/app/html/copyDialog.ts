// The small dialog that shows a text with a "copy" button (WhatsApp summary).
import { escapeHtml } from "./escape";

export function copyDialogHtml(text: string): string {
  return `<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8">
<style>body{font-family:Arial,sans-serif;font-size:13px;margin:8px}textarea{width:100%;height:300px;font-size:13px}
button{margin-top:8px;padding:6px 14px;background:#1a73e8;color:#fff;border:0;border-radius:4px}</style></head>
<body><textarea id="t" readonly>${escapeHtml(text)}</textarea>
<button onclick="var t=document.getElementById('t');t.select();document.execCommand('copy');this.textContent='Tersalin';">Salin teks</button>
<p>Tempel di grup WhatsApp pimpinan.</p></body></html>`;
}
