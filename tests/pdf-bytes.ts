/**
 * Small PDFs built in the test, for the failure cases no real corpus file has: an encrypted one
 * (standard security handler, a user password the importer does not know) and broken ones.
 */
function assemble(objects: string[], trailerExtra = ''): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const PAGES = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];

export function encryptedPdf(): Buffer {
  const h32 = 'A1'.repeat(32);
  return assemble([...PAGES, `<< /Filter /Standard /V 1 /R 2 /O <${h32}> /U <${'B2'.repeat(32)}> /P -4 >>`], `/Encrypt 4 0 R /ID [<${'C3'.repeat(16)}> <${'C3'.repeat(16)}>] `);
}

/** A valid PDF whose only page draws nothing. */
export function blankPdf(): Buffer {
  return assemble(PAGES);
}

/** A valid PDF with a page tree and no pages. */
export function zeroPagePdf(): Buffer {
  return assemble(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);
}
