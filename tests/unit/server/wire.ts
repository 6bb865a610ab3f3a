import WebSocket from 'ws'

// The Hocuspocus framing (lib0 var-length encoding), written by hand so tests can send what no provider would.

export function varUint(value: number): number[] {
  const bytes: number[] = []
  while (value > 0x7f) {
    bytes.push(0x80 | (value & 0x7f))
    value = Math.floor(value / 128)
  }
  bytes.push(value)
  return bytes
}

export const varBytes = (bytes: Uint8Array): Uint8Array => concat(new Uint8Array(varUint(bytes.length)), bytes)
export const varString = (text: string): Uint8Array => varBytes(new TextEncoder().encode(text))

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((part) => (part instanceof Uint8Array ? part : new Uint8Array(part)))
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0))
  let offset = 0
  for (const array of arrays) {
    out.set(array, offset)
    offset += array.length
  }
  return out
}

export const authMessage = (documentName: string, token: string) => concat(varString(documentName), varUint(2), varUint(0), varString(token), varString('test'))
export const syncUpdateMessage = (documentName: string, update: Uint8Array) => concat(varString(documentName), varUint(0), varUint(2), varBytes(update))

export interface Received {
  type: number
  /** For auth messages: the sub type (1 permission denied, 2 authenticated); for close messages and refusals: the reason. */
  authType?: number
  reason?: string
}

function readMessage(bytes: Uint8Array): Received {
  let offset = 0
  const readUint = () => {
    let value = 0
    let multiplier = 1
    for (;;) {
      const byte = bytes[offset++]!
      value += (byte & 0x7f) * multiplier
      if (byte < 0x80) return value
      multiplier *= 128
    }
  }
  const readString = () => {
    const length = readUint()
    const text = new TextDecoder().decode(bytes.subarray(offset, offset + length))
    offset += length
    return text
  }
  readString()
  const type = readUint()
  if (type === 2) {
    const authType = readUint()
    return { type, authType, reason: readString() }
  }
  if (type === 7) return { type, reason: readString() }
  return { type }
}

export interface RawClient {
  socket: WebSocket
  received: Received[]
  closed: Promise<{ code: number }>
  send(bytes: Uint8Array): void
}

export async function rawClient(wsUrl: string): Promise<RawClient> {
  const socket = new WebSocket(wsUrl)
  const received: Received[] = []
  socket.on('message', (data: Buffer) => received.push(readMessage(new Uint8Array(data))))
  const closed = new Promise<{ code: number }>((resolve) => socket.on('close', (code) => resolve({ code })))
  socket.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  return { socket, received, closed, send: (bytes) => socket.send(bytes) }
}
