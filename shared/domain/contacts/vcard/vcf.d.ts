// The part of vcf 2.1 (CommonJS, no types of its own) the vCard 2.1 reader uses.
declare module 'vcf' {
  class Property {
    readonly _field: string
    valueOf(): string | undefined
    [param: string]: unknown
  }
  class VCard {
    version: string
    data: Record<string, Property | Property[]>
    parse(text: string): VCard
  }
  export = VCard
}
