// Just enough of lib0's encoding (the Hocuspocus/y-protocols framing) to look inside an incoming message
// before Hocuspocus applies it: varUint, varString and varUint8Array.

export class WireReader {
  private offset = 0

  constructor(private readonly bytes: Uint8Array) {}

  readVarUint(): number {
    let value = 0
    let multiplier = 1
    for (let i = 0; i < 8; i++) {
      const byte = this.readByte()
      value += (byte & 0x7f) * multiplier
      if (byte < 0x80) return value
      multiplier *= 128
    }
    throw new Error('varUint too long')
  }

  readVarUint8Array(): Uint8Array {
    const length = this.readVarUint()
    if (this.offset + length > this.bytes.length) throw new Error('length beyond the end of the message')
    const slice = this.bytes.subarray(this.offset, this.offset + length)
    this.offset += length
    return slice
  }

  readVarString(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.readVarUint8Array())
  }

  private readByte(): number {
    const byte = this.bytes[this.offset++]
    if (byte === undefined) throw new Error('unexpected end of message')
    return byte
  }
}

/** Hocuspocus message types (server/src/types.ts MessageType) and y-protocols sync steps. */
export const MESSAGE_SYNC = 0
export const MESSAGE_SYNC_REPLY = 4
export const SYNC_STEP_2 = 1
export const SYNC_UPDATE = 2
