"""Builds the invented photo fixtures: a tiny grey baseline JPEG with hand-written EXIF, XMP
and Photoshop/IPTC IIM segments.

    python3 tests/support/make_photo_fixtures.py fixtures/photo

writes the files of fixtures/photo byte for byte (then re-bless their golden files)."""
import struct, sys, os

OUT = sys.argv[1]

def seg(marker, data):
    return bytes([0xFF, marker]) + struct.pack('>H', len(data) + 2) + data

def pixels(width, height):
    """A grey baseline JPEG of (ceil) 8x8 blocks, one component: every block DC 0, EOB."""
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    dqt = seg(0xDB, b'\x00' + bytes([1] * 64))
    sof = seg(0xC0, b'\x08' + struct.pack('>HH', height, width) + b'\x01' + b'\x01\x11\x00')
    # DC table 0: one code of length 1 for category 0; AC table 0: one code of length 1 for EOB.
    dht = seg(0xC4, b'\x00' + b'\x01' + b'\x00' * 15 + b'\x00' + b'\x10' + b'\x01' + b'\x00' * 15 + b'\x00')
    sos = seg(0xDA, b'\x01' + b'\x01\x00' + b'\x00\x3f\x00')
    bits = '00' * blocks
    bits += '1' * (-len(bits) % 8)
    data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    data = data.replace(b'\xff', b'\xff\x00')
    return dqt + sof + dht + sos + data + b'\xff\xd9'

def app0():
    return seg(0xE0, b'JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00')

def exif(ifd0, exif_ifd):
    """Little-endian TIFF: IFD0 (ASCII tags) and an Exif IFD (ASCII tags)."""
    # Layout: header(8) | IFD0 | Exif IFD | values
    n0 = len(ifd0) + 1
    n1 = len(exif_ifd)
    ifd0_off = 8
    exif_off = ifd0_off + 2 + 12 * n0 + 4
    values_off = exif_off + 2 + 12 * n1 + 4
    values = b''
    def entries(tags, extra=None):
        nonlocal values
        out = []
        for tag, text in tags:
            raw = text.encode('utf-8') + b'\x00'
            if len(raw) <= 4:
                out.append((tag, struct.pack('<HHI', tag, 2, len(raw)) + raw.ljust(4, b'\x00')))
            else:
                off = values_off + len(values)
                values += raw + (b'\x00' if len(raw) % 2 else b'')
                out.append((tag, struct.pack('<HHII', tag, 2, len(raw), off)))
        if extra:
            out.append(extra)
        out.sort()
        return b''.join(e for _, e in out)
    e0 = entries(ifd0, (0x8769, struct.pack('<HHII', 0x8769, 4, 1, exif_off)))
    e1 = entries(exif_ifd)
    tiff = b'II*\x00' + struct.pack('<I', ifd0_off)
    tiff += struct.pack('<H', n0) + e0 + b'\x00\x00\x00\x00'
    tiff += struct.pack('<H', n1) + e1 + b'\x00\x00\x00\x00'
    tiff += values
    return seg(0xE1, b'Exif\x00\x00' + tiff)

def xmp(packet):
    wrapped = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' + packet +
               '\n<?xpacket end="w"?>')
    return seg(0xE1, b'http://ns.adobe.com/xap/1.0/\x00' + wrapped.encode('utf-8'))

def iim(datasets, extra_blocks=b''):
    record = b''
    for (r, d, value) in datasets:
        data = value if isinstance(value, bytes) else value.encode('utf-8')
        record += bytes([0x1C, r, d]) + struct.pack('>H', len(data)) + data
    block = b'8BIM' + b'\x04\x04' + b'\x00\x00' + struct.pack('>I', len(record)) + record
    if len(record) % 2:
        block += b'\x00'
    return seg(0xED, b'Photoshop 3.0\x00' + extra_blocks + block)

def com(text):
    return seg(0xFE, text.encode('utf-8') + b'\x00')

def write(name, *segments, width=16, height=8):
    data = b'\xff\xd8' + b''.join(segments) + pixels(width, height)
    open(os.path.join(OUT, name), 'wb').write(data)
    print(name, len(data))

# 1. A Canadian agency's handout photo, re-saved by an editor that rewrote the IIM record:
#    all three blocks, XMP as attributes, IIM with the save date and a cut 2:40.
caption = ("Montréal firefighters pour water on a burning warehouse in the Saint-Henri district "
           "on Aug. 3, seen in a handout photo. THE NORTHERN PRESS/HO-Marie-Ève Tremblay, "
           "*MANDATORY CREDIT*")
instructions = ("HANDOUT PHOTO; ONE TIME USE ONLY; NO ARCHIVES; NotForResale; MANDATORY CREDIT "
                "THE NORTHERN PRESS PROVIDES ACCESS TO THIS HANDOUT PHOTO TO BE USED SOLELY TO "
                "ILLUSTRATE NEWS REPORTING OR COMMENTARY ON THE FACTS OR EVENTS DEPICTED IN THIS "
                "IMAGE. THIS IMAGE MAY BE USED ONLY FOR 14 DAYS FROM THE TIME OF TRANSMISSION")
packet = f'''<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 4.4.0-Exiv2">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:GIMP="http://www.gimp.org/xmp/"
    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
   xmpMM:DocumentID="adobe:docid:photoshop:0d5c1f2a-7b1e-4c3d-9e8f-1a2b3c4d5e6f"
   dc:format="image/jpeg"
   GIMP:Version="2.10.30"
   Iptc4xmpCore:CountryCode="CAN"
   photoshop:AuthorsPosition="HO"
   photoshop:CaptionWriter="NPR"
   photoshop:Category="C"
   photoshop:City="Montréal"
   photoshop:Country="CANADA"
   photoshop:Credit="The Northern Press"
   photoshop:DateCreated="2024-08-03T21:14:05"
   photoshop:Instructions="{instructions}"
   photoshop:Source="HO"
   photoshop:State="QC"
   photoshop:TransmissionReference="NPR217"
   photoshop:Urgency="4"
   xmp:CreatorTool="GIMP 2.10"
   xmp:ModifyDate="2024-08-05T09:12:44-04:00">
   <xmpMM:History>
    <rdf:Seq>
     <rdf:li xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#" stEvt:action="saved" stEvt:when="2024-08-05T09:12:44-04:00"/>
    </rdf:Seq>
   </xmpMM:History>
   <dc:creator><rdf:Seq><rdf:li>Marie-Ève Tremblay</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{caption}</rdf:li></rdf:Alt></dc:description>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">QC-Fire-Warehouse 202408</rdf:li></rdf:Alt></dc:title>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>'''
write('handout-rewritten.jpg',
      app0(),
      exif([(0x010E, caption), (0x010F, 'samsung'), (0x0110, 'SM-G991W'),
            (0x0131, 'GIMP 2.10.30'), (0x0132, '2024:08:05 15:12:40'),
            (0x013B, 'Marie-Ève Tremblay')],
           [(0x9003, '2024:08:03 21:14:05'), (0x9011, '-04:00')]),
      xmp(packet),
      iim([(1, 90, b'\x1b%G'), (2, 221, '0:0:0:-00001'), (2, 80, 'Marie-Ève Tremblay'),
           (2, 85, 'HO'), (2, 120, caption), (2, 15, 'C'), (2, 90, 'Montréal'),
           (2, 100, 'CAN'), (2, 101, 'CANADA'), (2, 110, 'The Northern Press'),
           (2, 55, '20240805'), (2, 5, 'QC-Fire-Warehouse 202408'), (2, 95, 'QC'),
           (2, 0, b'\x00\x04'), (2, 115, 'HO'), (2, 40, instructions.encode()[:255]),
           (2, 60, '151240-1512'), (2, 103, 'NPR217'), (2, 10, '4'), (2, 122, 'NPR')]),
      com(caption),
      width=24, height=16)

# 2. A European agency's picture with only an IIM record in Latin-1 and no coded character set:
#    repeated keywords and by-lines, a time with an offset, sublocation, categories, language.
latin1 = lambda s: s.encode('latin-1')
write('iim-latin1.jpg',
      app0(),
      iim([(2, 0, b'\x00\x02'),
           (2, 5, latin1('Zürich Seeüberquerung')),
           (2, 10, '3'),
           (2, 15, 'SPO'),
           (2, 20, latin1('Schwimmen')),
           (2, 20, latin1('Breitensport')),
           (2, 25, latin1('Zürichsee')),
           (2, 25, latin1('Schwimmen')),
           (2, 25, latin1('Volkssport')),
           (2, 55, '20240703'),
           (2, 60, '081530+0200'),
           (2, 80, latin1('Jürg Müller')),
           (2, 80, latin1('Anna Känzig')),
           (2, 85, latin1('Fotograf')),
           (2, 90, latin1('Zürich')),
           (2, 92, latin1('Strandbad Mythenquai')),
           (2, 95, latin1('ZH')),
           (2, 100, 'CHE'),
           (2, 101, latin1('Schweiz')),
           (2, 103, 'ZUR-0412'),
           (2, 105, latin1('Tausende schwimmen über den Zürichsee')),
           (2, 110, latin1('KEYSTONE-NORD/Jürg Müller')),
           (2, 115, latin1('KEYSTONE-NORD')),
           (2, 116, latin1('© 2024 Keystone-Nord')),
           (2, 120, latin1('Teilnehmerinnen und Teilnehmer der 75. Zürcher Seeüberquerung starten am '
                           'Mittwoch, 3. Juli 2024, beim Strandbad Mythenquai in Zürich.')),
           (2, 135, 'de')],
          extra_blocks=b'8BIM\x03\xed\x00\x00\x00\x00\x00\x10' + b'\x00\x48\x00\x00\x00\x01\x00\x01\x00\x48\x00\x00\x00\x01\x00\x01'),
      width=8, height=8)

# 3. A photo with XMP only, in element form: IPTC Core and Extension, an alternative in two
#    languages, a structure, usage terms, a date with an offset.
packet = '''<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
 <rdf:Description rdf:about=""
   xmlns:dc="http://purl.org/dc/elements/1.1/"
   xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
   xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"
   xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
   xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">
  <photoshop:Headline>Harvest starts early in the Douro valley</photoshop:Headline>
  <photoshop:DateCreated>2024-09-02T07:40:00+01:00</photoshop:DateCreated>
  <photoshop:City>Pinhão</photoshop:City>
  <photoshop:Country>Portugal</photoshop:Country>
  <photoshop:Credit>Lusa Imagem</photoshop:Credit>
  <photoshop:Source>Lusa</photoshop:Source>
  <Iptc4xmpCore:CountryCode>PT</Iptc4xmpCore:CountryCode>
  <Iptc4xmpCore:Location>Quinta do Bomfim</Iptc4xmpCore:Location>
  <dc:language><rdf:Bag><rdf:li>pt</rdf:li></rdf:Bag></dc:language>
  <dc:creator><rdf:Seq><rdf:li>Rui Carvalho</rdf:li><rdf:li>Inês Sousa</rdf:li></rdf:Seq></dc:creator>
  <dc:description><rdf:Alt>
   <rdf:li xml:lang="pt">Vindimadores colhem uvas na Quinta do Bomfim, no Pinhão.</rdf:li>
   <rdf:li xml:lang="x-default">Grape pickers at work at Quinta do Bomfim in Pinhão, 2 September 2024.</rdf:li>
  </rdf:Alt></dc:description>
  <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© 2024 Lusa</rdf:li></rdf:Alt></dc:rights>
  <dc:subject><rdf:Bag><rdf:li>harvest</rdf:li><rdf:li>wine</rdf:li><rdf:li>Douro</rdf:li></rdf:Bag></dc:subject>
  <xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang="x-default">Editorial use only</rdf:li></rdf:Alt></xmpRights:UsageTerms>
  <Iptc4xmpCore:CreatorContactInfo rdf:parseType="Resource">
   <Iptc4xmpCore:CiEmailWork>photo@lusa.example</Iptc4xmpCore:CiEmailWork>
  </Iptc4xmpCore:CreatorContactInfo>
  <Iptc4xmpExt:Event><rdf:Alt><rdf:li xml:lang="x-default">Douro harvest 2024</rdf:li></rdf:Alt></Iptc4xmpExt:Event>
 </rdf:Description>
</rdf:RDF>
</x:xmpmeta>'''
write('xmp-only.jpg', app0(), xmp(packet), width=32, height=24)
