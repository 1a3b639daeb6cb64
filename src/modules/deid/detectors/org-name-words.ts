// Words that names of practices, homes and services are made of, though the medical and English
// lists hold them: plants, animals, stones, colours and emblems ("Dogwood Breast Center",
// "Foxglove Medical Group", "Harmony Pediatrics", "Beacon Home Care"). Before a facility's kind
// they name one; the kinds of care ("Lipid Clinic", "Sleep Center") are none of them.
// (Pass 18; the plants were the wards' list of pass 16.)
export const PLANTS: ReadonlySet<string> = new Set(['larkspur', 'lilac', 'lavender', 'primrose', 'dogwood', 'rowan', 'ashgrove', 'heather', 'bluebell', 'jasmine', 'azalea', 'camellia',
  'hawthorn', 'linden', 'alder', 'acacia', 'sequoia', 'chestnut', 'walnut', 'poplar', 'hemlock', 'tamarack', 'mulberry', 'cottonwood', 'ironwood', 'sagebrush', 'bluebonnet',
  'sunflower', 'marigold', 'clover', 'thistle', 'wisteria', 'gardenia', 'hibiscus', 'orchid', 'lotus', 'magnolia', 'buckeye', 'palmetto', 'mesquite', 'manzanita']);

export const ORG_NAME_WORDS: ReadonlySet<string> = new Set([...PLANTS,
  'foxglove', 'rosemary', 'daisy', 'tulip', 'poppy', 'iris', 'violet', 'hazel', 'holly', 'fern', 'ivy', 'lily', 'acorn', 'almond', 'cherry', 'peach', 'plum', 'citrus', 'banyan', 'bamboo', 'cane', 'sugar', 'honeysuckle', 'bayberry', 'sweetgrass', 'wildflower', 'goldenrod', 'blossom', 'bloom',
  'cardinal', 'robin', 'dove', 'wren', 'sparrow', 'bluebird', 'swan', 'heron', 'pelican', 'falcon', 'hawk', 'eagle', 'osprey', 'owl', 'raven', 'mustang', 'bison', 'buffalo', 'elk', 'lynx', 'panther', 'cougar', 'dolphin', 'otter', 'fox', 'bear', 'wolf', 'deer', 'stag', 'lamb', 'lambs', 'butterfly', 'hummingbird', 'dragonfly',
  'silver', 'golden', 'crystal', 'diamond', 'emerald', 'sapphire', 'ruby', 'amber', 'jade', 'pearl', 'coral', 'ivory', 'granite', 'marble', 'slate', 'cobalt', 'indigo', 'crimson', 'scarlet', 'azure', 'turquoise', 'opal', 'onyx', 'topaz', 'garnet',
  'harmony', 'serenity', 'tranquility', 'meridian', 'beacon', 'compass', 'anchor', 'lighthouse', 'keystone', 'cornerstone', 'milestone', 'pathfinder', 'pathway', 'pathways', 'heritage', 'legacy', 'liberty', 'freedom', 'pioneer', 'horizons', 'oasis', 'sanctuary', 'gateway', 'crossroads', 'bridges', 'journey', 'compassion', 'kindred', 'clarity', 'radiance', 'brightside', 'bright', 'brighter', 'aurora', 'phoenix', 'dawn', 'daybreak', 'rainbow', 'starlight', 'sunshine', 'sunny', 'moonlight', 'evening', 'morning', 'northstar', 'polaris', 'zenith', 'apex', 'vantage', 'vertex', 'spectrum', 'synergy', 'unity', 'noble', 'royal', 'regal', 'crown', 'sterling', 'sooner', 'magic']);
