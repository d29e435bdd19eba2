// The plan as a PDF (pdfkit, standard Helvetica: no font files to ship). Every text passes through
// toPdfText, because the standard font only has the WinAnsi characters.
import PDFDocument from 'pdfkit';
import { toPdfText } from '@/lib/wizard/pdf-text';

export interface PlanPdfContent {
  heading: string;
  title: string;
  facts: { label: string; value: string }[];
  sections: { title: string; lines: { label: string; value: string }[] }[];
  footer: string;
}

export function renderPlanPdf(content: PlanPdfContent): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: toPdfText(`${content.heading}: ${content.title}`) }, lang: 'nl-NL', displayTitle: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const text = (value: string) => toPdfText(value);

  doc.font('Helvetica-Bold').fontSize(20).text(text(content.heading));
  doc.moveDown(0.3).font('Helvetica').fontSize(14).text(text(content.title));
  doc.moveDown();
  for (const fact of content.facts) {
    doc.font('Helvetica-Bold').fontSize(11).text(text(fact.label));
    doc.font('Helvetica').fontSize(11).text(text(fact.value));
    doc.moveDown(0.5);
  }
  for (const section of content.sections) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(14).text(text(section.title));
    doc.moveDown(0.3);
    for (const line of section.lines) {
      doc.font('Helvetica-Bold').fontSize(10).text(text(line.label));
      doc.font('Helvetica').fontSize(10).text(text(line.value));
      doc.moveDown(0.3);
    }
  }
  doc.moveDown().font('Helvetica-Oblique').fontSize(9).text(text(content.footer));
  doc.end();
  return done;
}
