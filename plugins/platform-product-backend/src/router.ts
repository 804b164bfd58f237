import express from 'express';
import Router from 'express-promise-router';

/**
 * The plugin's HTTP routes. Later capabilities (metrics, scorecards, adoption) add their routes here;
 * handlers stay thin and call services that hold the logic.
 */
export async function createRouter(): Promise<express.Router> {
  const router = Router();
  router.use(express.json());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  return router;
}
