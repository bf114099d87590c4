// Small DOM helpers shared by the pages.

/** Reads a File as a binary string (what node-forge expects). */
export function readFileAsBinary(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const bytes = new Uint8Array(reader.result);
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      resolve(s);
    };
    reader.onerror = () => reject(new Error('Cannot read the file.'));
    reader.readAsArrayBuffer(file);
  });
}

/** Shows a status message (text only, never HTML). */
export function show(element, text, isError = false) {
  if (!element) return;
  element.textContent = text ?? '';
  element.classList.toggle('errors', isError);
}
