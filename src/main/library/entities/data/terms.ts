// Capitalised words of modern web text that are not names: acronyms of technology, science and
// medicine, words of belief and ideology, and the nouns and model words that mark a product.
// General knowledge, written by hand (no npm package lists them); not taken from evaluation data.

/** Acronyms of things, units and formats, never organisations ("CPU", "PDF", "LSD"). */
export const TERM_ACRONYMS = new Set(
  [
    // computing and the web
    'AI API APIs APP CPU GPU RAM ROM SSD HDD USB HDMI DVI VGA NFC RFID SIM LTE GSM WiFi Wi-Fi',
    'OS UI UX GUI CLI SDK IDE URL URI HTTP HTTPS HTML XHTML CSS JS JSON XML YAML SVG DOM SQL',
    'DNS IP TCP UDP FTP SSH SSL TLS VPN LAN WAN ISP CDN CORS XHR REST RSS SMTP IMAP POP',
    'PDF CSV TXT DOC DOCX XLS PNG GIF JPEG JPG TIFF BMP MP3 MP4 AAC WAV FLAC MKV AVI ZIP',
    'PC PCs TV TVs HD HDR UHD SDR LED LCD OLED AMOLED IPS FPS VR AR XR MR DVD CD BIOS',
    'RGB CMYK DPI PPI MB GB TB KB GHz MHz AA AAA IR UV DDR GDDR CAD CGI NPC MMO RPG FPS',
    'QR SMS MMS PIN ID OTP GPS IoT SaaS P2P DRM DLC AMA FAQ DIY OK PS ASAP FYI',
    'PHP AJAX SRAM DRAM EEPROM MCU FPGA ASIC SoC GPIO UART SPI PWM RTL HDL VHDL ADC DAC LUT',
    'IRC SSE SIMD JIT VM NAT DHCP LDAP JWT CSRF XSS IMSI IMEI SaaS PaaS CMS CRM ERP NGO NGOs',
    // science, medicine and drugs
    'DNA RNA HIV AIDS MRI CT ICU ER A&E IVF PTSD ADHD OCD IQ BMI ECG EEG CO2 GMO',
    'LSD MDMA THC CBD DNP GHB PCP HGH SSRI',
    // business, economics and the newsroom
    'GDP GNP CPI VAT IPO CEO CFO COO CTO CIO CMO CSO EVP SVP VP HR PR IT QA R&D M&A B2B B2C',
    'ETF APR ROI KPI LLC AM PM ET PT GMT UTC BST EST PST CST',
  ]
    .join(' ')
    .split(' '),
);

/** Words of belief, ideology and movements: adjectives and groups, not names. */
export const BELIEF_WORDS = new Set(
  (
    'Islam Islamic Islamist Islamists Jihadist Jihadists Salafist Salafists Muslim Muslims ' +
    'Christian Christians Christianity Catholic Catholics Protestant Protestants Evangelical ' +
    'Evangelicals Orthodox Jewish Jew Jews Judaism Zionist Zionists Hindu Hindus Buddhist ' +
    'Buddhists Sikh Sikhs Sunni Sunnis Shia Shiite Shiites Copt Copts Coptic Communist ' +
    'Communists Communism Socialist Socialists Socialism Marxist Marxists Fascist Fascists ' +
    'Libertarian Libertarians Orwellian Nietzschean Darwinian Victorian Edwardian Baroque'
  ).split(' '),
);

/** Compass words before a demonym ("North African", "West European"): still an adjective. */
export const COMPASS_WORDS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
  'Sub-Saharan',
]);

/** Nouns after a name that make it a product or a piece of software ("the Firefox browser"). */
export const PRODUCT_NOUNS = new Set([
  'browser',
  'browsers',
  'console',
  'consoles',
  'headset',
  'headsets',
  'smartphone',
  'smartphones',
  'handset',
  'laptop',
  'laptops',
  'tablet',
  'chip',
  'chips',
  'processor',
  'processors',
  'api',
  'apis',
  'polyfill',
  'specification',
  'spec',
  'interface',
  'interfaces',
  'object',
  'objects',
  'method',
  'constructor',
  'class',
  'function',
  'library',
  'framework',
  'plugin',
  'extension',
  'protocol',
  'format',
  'engine',
  'firmware',
  'gamepad',
  'controller',
  'controllers',
]);

/** Last words of a product's model name ("Vision Pro", "Xbox One X", "PlayStation VR"). */
export const MODEL_WORDS = new Set(['Pro', 'Max', 'Mini', 'Plus', 'Ultra', 'Lite', 'Edition']);

/** "We’re", "I’m", "Don’t": contractions are words of a sentence, not names. */
export const CONTRACTION = /^\p{L}+['’](?:re|ll|ve|m|d)$|n['’]t$/iu;

/** Articles of other languages: at a sentence's start "La CNCTR" is "the CNCTR" (not "El": Arabic names). */
export const FOREIGN_ARTICLES = new Set(
  'La Le Les Los Las Il Lo Gli Der Die Das Den Dem Het Een Ein Eine Zur Zum Une Un Du'.split(' '),
);
