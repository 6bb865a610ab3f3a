/** Whether the text holds Chinese characters (CJK ideographs), so names and addresses are joined the Chinese way. */
export const hasCjk = (text: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(text)
