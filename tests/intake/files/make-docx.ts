import { Document, Packer, Paragraph, Tab, TextRun } from 'docx';

/** A .docx with one Word paragraph per line; tabs become real Word tabs (w:tab), as a typed report has. */
export async function makeDocx(lines: string[], opts: { numbered?: Array<{ level: number; text: string }> } = {}): Promise<Uint8Array> {
  const paragraphs = lines.map((line) => new Paragraph({ children: runs(line) }));
  const numbered = (opts.numbered ?? []).map((n) => new Paragraph({ children: runs(n.text), numbering: { reference: 'report-numbering', level: n.level } }));
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'report-numbering',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: 'decimal' as const,
            text: Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.'),
          })),
        },
      ],
    },
    sections: [{ children: [...paragraphs, ...numbered] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function runs(line: string): TextRun[] {
  const parts = line.split('\t');
  return [new TextRun({ children: parts.flatMap((p, i) => (i === 0 ? [p] : [new Tab(), p])) })];
}
