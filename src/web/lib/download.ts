// Downloads a file the API renders (PDF, Excel): fetched with the session and the UI language,
// read chunk by chunk so the page can show progress, then handed to the browser under the name the
// server gave it. An error answer becomes the same ApiError as any other call.
import { ApiError, apiErrorOf, apiLanguage, buildUrl, type QueryParams } from './api-client.js';

export interface DownloadProgress {
  received: number;
  /** From Content-Length; null when the server streams without announcing it. */
  total: number | null;
}

export interface Downloaded {
  fileName: string;
  type: string;
  size: number;
}

/** `attachment; filename="Phieu danh gia.pdf"` (or RFC 5987 filename*) → the file name. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name || fallback;
}

export async function downloadFile(
  path: string,
  query: QueryParams | undefined,
  fallbackName: string,
  onProgress?: (p: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<Downloaded> {
  let res: Response;
  try {
    res = await fetch(buildUrl(path, query), { headers: { 'Accept-Language': apiLanguage() }, credentials: 'same-origin', signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', '');
  }
  if (!res.ok) throw apiErrorOf(res.status, await res.text());
  const lengthHeader = res.headers.get('content-length');
  const total = lengthHeader && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress?.({ received, total });
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress?.({ received, total });
    }
  }
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  const blob = new Blob(chunks, { type });
  const fileName = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; free the memory shortly after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { fileName, type, size: blob.size };
}
