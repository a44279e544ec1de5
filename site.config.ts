/**
 * The site's settings: change these to make the site your newsroom's. Every field is explained in
 * src/schema/site-config.ts and in the README ("Settings"); `npm run build` checks them first.
 */
import { defineSiteConfig } from './src/schema/site-config.ts';

export default defineSiteConfig({
  name: 'Briefings',
  tagline:
    'Short, sourced briefings on the news: an extractive summary, key points, the people and the terms of each story, linked to the original.',
  // logo: 'logo.svg',                  // an image in public/, shown before the name
  // url: 'https://news.example.com',   // the public address; see README "Deployment"
  basePath: '/',
  locale: 'en-GB',
  timeZone: 'UTC',
  // corrections: 'corrections@news.example.com',   // or a web address; default: the repository's issues
  // repository: 'https://github.com/your-newsroom/briefings',
  branch: 'main',
});
